import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST } from '../tests/support/dist.ts';
import { launchBrowser, type TestBrowser } from '../tools/lib/browser.ts';
import { serveStatic, type StaticServer } from '../tools/lib/static-server.ts';
import { sitemapPaths } from './support/site.ts';

// Every page ships a strict policy: scripts only from this site or by hash, no inline event handlers,
// no eval (WebAssembly aside, for search). The browser reports anything it blocks; there must be nothing.
let server: StaticServer;
let browser: TestBrowser;
beforeAll(async () => {
	server = await serveStatic(DIST);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Opens a page that records every CSP violation the browser reports. */
async function openWatched(path: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
	const page = await browser.newPage();
	await page.addInitScript(() => {
		(window as unknown as { __csp: string[] }).__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __csp: string[] }).__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`),
		);
	});
	await page.goto(`${server.origin}${path}`);
	return { page, violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

describe('the Content-Security-Policy', () => {
	it.each([...sitemapPaths(), '/embed/pathways/canada/?theme=dark', '/embed/article/glossary/'])(
		'is present and reports no violation on %s',
		async (path) => {
			const { page, violations } = await openWatched(path);
			await expect(
				page.locator('head meta[http-equiv="content-security-policy"]').getAttribute('content'),
			).resolves.toMatch(/script-src 'self'/);
			await page.waitForLoadState('networkidle');
			expect(await violations()).toEqual([]);
			await page.close();
		},
	);

	it('leaves search, the theme switch, the diagram and the Embed dialog working', async () => {
		const { page, violations } = await openWatched('/pathways/united-kingdom/');
		await page.locator('button[data-open-modal]:not([disabled])').waitFor();
		await page.keyboard.press('Control+k');
		await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('PLAB');
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		await page.keyboard.press('Escape');
		await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
		await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
		await page.locator('.pd-node-link').first().click();
		await expect(page.locator('.pd-detail:visible').count()).resolves.toBe(1);
		await page.getByRole('button', { name: 'Embed this page' }).click();
		await expect(page.getByRole('dialog', { name: 'Embed this page' }).isVisible()).resolves.toBe(true);
		expect(await violations()).toEqual([]);
		await page.close();
	});
});
