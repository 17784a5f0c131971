import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { DIST } from '../tests/support/dist';
import { launchBrowser, type TestBrowser } from './support/browser';
import { serveStatic, type StaticServer } from './support/server';
import { sitemapPaths } from './support/site';

const paths = sitemapPaths();
let server: StaticServer;

beforeAll(async () => {
	server = await serveStatic(DIST);
});
afterAll(async () => {
	await server?.close();
});

/** Formats axe violations so a failure names the rule, the element and how to fix it. */
function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
	return violations
		.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`)
		.join('\n\n');
}

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (theme) => {
	let browser: TestBrowser;
	beforeAll(async () => {
		browser = await launchBrowser({ colorScheme: theme });
	});
	afterAll(async () => {
		await browser?.close();
	});

	it.each(paths)('axe finds no violations on %s', async (path) => {
		const page = await browser.newPage();
		try {
			await page.goto(`${server.origin}${path}`);
			await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(theme);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
			expect(results.violations, describeViolations(results.violations)).toEqual([]);
		} finally {
			await page.close();
		}
	});
});
