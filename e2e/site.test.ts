import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors } from '../tools/lib/browser.ts';
import { useSiteAndBrowser } from './support/site-under-test.ts';

const site = useSiteAndBrowser();
let page: Page;
beforeAll(async () => {
	page = await site.browser.newPage();
});

describe('the site in a real browser', () => {
	it('loads the home page without console errors', async () => {
		const errors = collectErrors(page);
		const response = await page.goto(`${site.server.origin}/`);
		expect(response?.status()).toBe(200);
		await expect(page.title()).resolves.toContain('IMG Guide');
		await page.waitForLoadState('networkidle');
		expect(errors).toEqual([]);
	});

	it('navigates from the home page to an article and through the sidebar', async () => {
		await page.goto(`${site.server.origin}/`);
		await page.getByRole('link', { name: 'What does IMG mean?' }).first().click();
		await page.waitForURL('**/understanding/what-does-img-mean/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('What does IMG mean?');
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary of acronyms' }).click();
		await page.waitForURL('**/glossary/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Glossary of acronyms');
	});

	it('finds the "What does IMG mean?" article when searching for IMG', async () => {
		await page.goto(`${site.server.origin}/`);
		// The shortcut works once Starlight's search element has started (it enables its button then).
		await page.locator('button[data-open-modal]:not([disabled])').waitFor();
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.waitFor();
		await dialog.getByRole('textbox', { name: 'Search' }).fill('IMG');
		const result = dialog.locator('.pagefind-ui__result-link').filter({ hasText: 'What does IMG mean?' });
		await result.first().waitFor({ timeout: 15_000 });
		await result.first().click();
		await page.waitForURL('**/understanding/what-does-img-mean/**');
	});

	it('serves the 404 page for an unknown address', async () => {
		const response = await page.goto(`${site.server.origin}/no-such-page/`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('404');
		await expect(page.locator('main').textContent()).resolves.toMatch(/page not found/i);
	});
});
