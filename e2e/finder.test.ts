import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe.ts';
import { collectErrors, launchBrowser } from '../tools/lib/browser.ts';
import { useBrowser, useSiteAndBrowser } from './support/site-under-test.ts';

const site = useSiteAndBrowser();

async function openFinder(
	fragment: string,
	page?: Page,
	ready = 'route-finder .rf-summary:not(:empty)',
): Promise<Page> {
	const tab = page ?? (await site.browser.newPage());
	await tab.goto(`${site.server.origin}/finder/${fragment}`);
	await tab.locator(ready).waitFor();
	return tab;
}
const verdict = (page: Page, country: string, route: string) =>
	page.locator(`.rf-route[data-country="${country}"][data-route="${route}"]`).getAttribute('data-verdict');

/** Three readers the issue names, each with the routes their answers should open, leave possible or close. */
const PERSONAS: { name: string; fragment: string; expect: Record<string, 'open' | 'possible' | 'closed'> }[] = [
	{
		name: 'a recent graduate with no postgraduate training',
		fragment: '#stage=graduate&degree=NG&trained=none&years=0&english=no&passed=none&resident=none&licensed=none',
		expect: {
			'united-states/residency': 'open',
			'united-kingdom/plab': 'open',
			'united-kingdom/aore': 'closed',
			'canada/residency': 'closed',
			'canada/us-certified': 'closed',
			'australia/standard': 'open',
			'australia/competent-authority': 'closed',
			'australia/expedited': 'closed',
			'new-zealand/exam': 'open',
			'new-zealand/vocational': 'closed',
			'ireland/pres': 'open',
		},
	},
	{
		name: 'a GP trained and registered in the UK (MRCGP), with PLAB',
		fragment:
			'#stage=specialist&degree=IN&trained=GB&qualification=MRCGP&specialty=general-practice&years=5&english=yes' +
			'&passed=plab-1,plab-2&resident=none&licensed=GB',
		expect: {
			'australia/expedited': 'open',
			'australia/competent-authority': 'open',
			'new-zealand/vocational': 'open',
			'new-zealand/chs': 'open',
			'united-kingdom/plab': 'open',
			'canada/us-certified': 'closed',
		},
	},
	{
		name: 'a US board-certified physician',
		fragment:
			'#stage=specialist&degree=IN&trained=US&qualification=ABMS&specialty=internal-medicine&years=6&english=yes' +
			'&passed=usmle-step-1,usmle-step-2-ck,usmle-step-3,oet-medicine&resident=US&licensed=US',
		expect: {
			'canada/us-certified': 'open',
			'australia/competent-authority': 'open',
			'new-zealand/chs': 'open',
			// The GMC's overseas-exam route also needs a Step 2 CS pass (last held in 2020).
			'united-kingdom/aore': 'closed',
			'united-states/residency': 'open',
		},
	},
];

describe.each(PERSONAS)('the finder for $name', ({ fragment, expect: expected }) => {
	it('answers from the URL fragment on load, with the rule behind each verdict', async () => {
		const page = await openFinder(fragment);
		const errors = collectErrors(page);
		for (const [key, want] of Object.entries(expected)) {
			const [country, route] = key.split('/') as [string, string];
			await expect(verdict(page, country, route), key).resolves.toBe(want);
			const card = page.locator(`.rf-route[data-country="${country}"][data-route="${route}"]`);
			await expect(card.locator('.rf-verdict').textContent()).resolves.toMatch(
				want === 'open' ? /^Open to you$/ : want === 'possible' ? /^Possibly open$/ : /^Closed for you$/,
			);
			if (want !== 'open') await expect(card.locator('.rf-why li').count(), key).resolves.toBeGreaterThan(0);
		}
		await expect(page.locator('.rf-summary').textContent()).resolves.toMatch(
			/^For your answers: \d+ open, \d+ possibly open, \d+ closed\.$/,
		);
		// The form shows the same answers.
		const stage = new URLSearchParams(fragment.slice(1)).get('stage');
		await expect(page.locator(`input[name="stage"][value="${stage}"]`).isChecked()).resolves.toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('the finder', () => {
	it('links each route to the country diagram filtered to it', async () => {
		const page = await openFinder(PERSONAS[2]!.fragment);
		const link = page.locator('.rf-route[data-country="canada"][data-route="us-certified"] a[href*="?route="]');
		await expect(link.getAttribute('href')).resolves.toBe('/pathways/canada/?route=us-certified');
		await link.click();
		await page.locator('pathway-diagram[data-enhanced]').waitFor();
		await expect(page.locator('.pd-routes input[value="us-certified"]').isChecked()).resolves.toBe(true);
		const hrefs = await page
			.context()
			.newPage()
			.then(async (p) => {
				await openFinder('#stage=student', p);
				const all = await p
					.locator('.rf-route a[href*="?route="]')
					.evaluateAll((a) => a.map((x) => x.getAttribute('href')));
				await p.close();
				return all;
			});
		expect(hrefs.length).toBeGreaterThanOrEqual(19);
		for (const href of hrefs) expect(href).toMatch(/^\/pathways\/[a-z-]+\/\?route=[a-z-]+$/);
		await page.close();
	});

	it('writes answers to the fragment as the reader answers by keyboard, and nowhere else', async () => {
		const page = await site.browser.newPage();
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.goto(`${site.server.origin}/finder/`);
		await page.locator('route-finder').waitFor();
		await expect(page.locator('.rf-route').first().locator('.rf-verdict').textContent()).resolves.toMatch(
			/Answer the questions/,
		);
		await page.getByLabel('Graduated, no internship yet').focus();
		await page.keyboard.press('Space');
		await page.getByLabel('Country of your medical school').selectOption('PK');
		await page.getByLabel('Canada', { exact: true }).first().focus();
		const before = requests.length;
		await page.getByRole('radio', { name: 'No', exact: true }).check();
		expect(new URL(page.url()).hash).toMatch(/^#stage=graduate&degree=PK&.*english=no/);
		await expect(page.locator('.rf-summary').textContent()).resolves.toMatch(/For your answers/);
		// Answering sends nothing: no request after the page loaded.
		expect(requests.slice(before)).toEqual([]);
		// Nor is it stored: no cookie, and nothing in storage holds an answer (Starlight keeps only its theme there).
		const stored = await page.evaluate(() => ({
			cookie: document.cookie,
			storage: JSON.stringify({ ...localStorage, ...sessionStorage }),
		}));
		expect(stored.cookie).toBe('');
		expect(stored.storage).not.toMatch(/graduate|PK/);
		// "Show my routes" takes keyboard and screen-reader users to the results.
		await page.getByRole('button', { name: 'Show my routes' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('routes');
		// Reload restores the same result.
		const hash = new URL(page.url()).hash;
		await page.reload();
		await page.locator('route-finder .rf-summary:not(:empty)').waitFor();
		expect(new URL(page.url()).hash).toBe(hash);
		await expect(page.getByLabel('Country of your medical school').inputValue()).resolves.toBe('PK');
		await page.close();
	});

	it('shows only the countries chosen, and says which answers from a link it could not use', async () => {
		const page = await openFinder(
			'#countries=canada,ireland&stage=wizard&degree=ZZZ',
			undefined,
			'.rf-ignored:not(:empty)',
		);
		await expect(page.locator('.rf-country:visible').count()).resolves.toBe(2);
		await expect(page.locator('.rf-ignored').textContent()).resolves.toMatch(/stage=wizard.*degree=ZZZ/);
		await page.close();
	});

	it('fits a 390 px phone without sideways scrolling', async () => {
		const page = await site.browser.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await openFinder(PERSONAS[1]!.fragment, page);
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
		await page.close();
	});

	it('says what it cannot decide when answers are missing', async () => {
		const page = await openFinder('#stage=specialist');
		const why = page.locator('.rf-route[data-country="canada"][data-route="residency"] .rf-why');
		await expect(why.textContent()).resolves.toMatch(
			/We could not decide without: Countries where you are a citizen or permanent resident/,
		);
		await page.close();
	});

	it.each(['light', 'dark'] as const)('has no axe violations with results shown, %s theme', async (theme) => {
		const browser = await launchBrowser({ colorScheme: theme });
		try {
			const page = await browser.newPage();
			await openFinder(PERSONAS[0]!.fragment, page);
			await page
				.locator('details.rf-rules')
				.first()
				.evaluate((d) => ((d as HTMLDetailsElement).open = true));
			expect(await axeViolations(page)).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});

describe('the finder without JavaScript', () => {
	const noScript = useBrowser({ javaScriptEnabled: false });
	it('explains itself and still lists every route with its rules, costs and links', async () => {
		const page = await noScript.browser.newPage();
		await page.goto(`${site.server.origin}/finder/`);
		await expect(page.locator('main').innerText()).resolves.toContain('The finder needs JavaScript');
		await expect(page.locator('.rf-form').isVisible()).resolves.toBe(false);
		await expect(page.locator('.rf-route').count()).resolves.toBeGreaterThanOrEqual(19);
		await expect(page.locator('.rf-route .rf-costs').first().isVisible()).resolves.toBe(true);
		await page.close();
	});
});
