import { describe, expect, it } from 'vitest';
import { useBrowser, useSiteAndBrowser } from './support/site-under-test.ts';

const site = useSiteAndBrowser();
const PAGE = '/pathways/united-states/states/';

describe('the US state tracker table', () => {
	it('sorts by a column with a button that says so, and reports aria-sort', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}${PAGE}`);
		const sort = page.getByRole('button', { name: 'Sort by State', exact: true });
		await sort.click();
		const header = page.locator('thead th').first();
		await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
		const names = () => page.locator('tbody th[scope="row"]').allTextContents();
		const ascending = await names();
		expect(ascending[0]!.trim()).toBe('Alabama');
		await sort.click();
		await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
		expect((await names())[0]!.trim()).toBe('Wyoming');
		await page.close();
	});

	it('filters by where a state stands and by name, and says how many rows show', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}${PAGE}`);
		await page.getByRole('combobox', { name: 'Where it stands' }).selectOption('applications-open');
		const visible = page.locator('tbody tr:visible');
		const count = await visible.count();
		expect(count).toBeGreaterThan(0);
		expect(count).toBeLessThan(51);
		await expect(page.getByRole('status').filter({ hasText: 'jurisdictions shown' }).textContent()).resolves.toBe(
			`${count} of 51 jurisdictions shown`,
		);
		await page.getByRole('combobox', { name: 'Where it stands' }).selectOption('');
		await page.getByRole('searchbox', { name: 'State name' }).fill('nebr');
		await expect(visible.count()).resolves.toBe(1);
		await visible.locator('a').click();
		await expect(page.evaluate(() => location.hash)).resolves.toBe('#nebraska');
		await page.close();
	});
});

describe('the US state tracker without JavaScript', () => {
	const noScript = useBrowser({ javaScriptEnabled: false });
	it('shows every jurisdiction, and no controls that need a script', async () => {
		const page = await noScript.browser.newPage();
		await page.goto(`${site.server.origin}${PAGE}`);
		await expect(page.locator('tbody tr:visible').count()).resolves.toBe(51);
		await expect(page.locator('.states-filters').isVisible()).resolves.toBe(false);
		await expect(page.locator('section.state-details').count()).resolves.toBe(51);
		await page.close();
	});
});
