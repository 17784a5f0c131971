import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors } from '../tools/lib/browser.ts';
import { useSiteAndBrowser } from './support/site-under-test.ts';

const site = useSiteAndBrowser();

const resultTitles = (page: Page) => page.locator('.pagefind-ui__result-link').allTextContents();

describe('search in a real browser', () => {
	it('opens with Ctrl+K, puts the PLAB page first for "PLAB", and Enter goes there', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}/`);
		// The shortcut works once Starlight's search element has started (it enables its button then).
		await page.locator('button[data-open-modal]:not([disabled])').waitFor();
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.waitFor();
		const box = dialog.getByRole('textbox', { name: 'Search' });
		await box.fill('PLAB');
		await dialog.locator('.pagefind-ui__result-link').first().waitFor();
		await expect(dialog.locator('.pagefind-ui__result-link').first().textContent()).resolves.toBe('PLAB 1 and PLAB 2');
		await box.press('Enter');
		await page.waitForURL('**/exams/plab/**');
		await page.close();
	});

	it('shows results for ?q= on the search page as soon as it loads', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}/search/?q=USMLE`);
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		const titles = await resultTitles(page);
		expect(titles[0]).toMatch(/USMLE/);
		await expect(page.getByRole('textbox', { name: 'Search' }).inputValue()).resolves.toBe('USMLE');
		await page.close();
	});

	it('narrows results with a filter and keeps the filter in the URL', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}/search/?q=exam`);
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		const message = page.locator('.pagefind-ui__message');
		const before = Number((await message.textContent())!.match(/\d+/)![0]);
		await page.getByRole('checkbox', { name: /^Canada/ }).check();
		await expect.poll(async () => Number((await message.textContent())!.match(/\d+/)![0])).toBeLessThan(before);
		expect(new URL(page.url()).searchParams.get('country')).toBe('Canada');
		await page.reload();
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		await expect(page.getByRole('checkbox', { name: /^Canada/ }).isChecked()).resolves.toBe(true);
		await page.close();
	});

	it('treats a hostile query as plain text', async () => {
		const page = await site.browser.newPage();
		const errors = collectErrors(page);
		const hostile = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
		await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(hostile)}`);
		await page.locator('search-page .pagefind-ui__search-input').waitFor();
		await expect(page.locator('search-page .pagefind-ui__search-input').inputValue()).resolves.toBe(hostile);
		await page.waitForTimeout(500);
		await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
		await expect(page.locator('search-page img[src="x"]').count()).resolves.toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('matches filters in a shared link however they are written, and says which it ignored', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}/search/?q=plab&country=united-kingdom&type=exam&type=atlantis`);
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		await expect(page.getByRole('checkbox', { name: /^United Kingdom/ }).isChecked()).resolves.toBe(true);
		await expect(page.getByRole('checkbox', { name: /^Exam/ }).isChecked()).resolves.toBe(true);
		await expect(resultTitles(page)).resolves.toContain('PLAB 1 and PLAB 2');
		await expect(page.locator('.search-page-notice').textContent()).resolves.toContain('type “atlantis”');
		await page.close();
	});
});
