import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors } from '../tools/lib/browser.ts';
import { useSiteAndBrowser } from './support/site-under-test.ts';
import { LEGACY_PROGRESS_STORAGE_KEY, PROGRESS_STORAGE_KEY } from '../src/lib/pathway/progress.ts';

const site = useSiteAndBrowser();
const COUNTRY = 'united-states';
const HOUR = 60 * 60 * 1000;

/** Opens the pathway once storage holds `stored` (written before any script runs), in a fresh tab of the same browser. */
async function openPathway(stored: Record<string, string> = {}): Promise<Page> {
	const page = await site.browser.newPage();
	await page.goto(`${site.server.origin}/`);
	await page.evaluate((items) => {
		localStorage.clear();
		for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
	}, stored);
	await page.goto(`${site.server.origin}/pathways/${COUNTRY}/`);
	await page.locator('pathway-diagram[data-enhanced]').waitFor();
	return page;
}

interface Stored {
	version: number;
	pathways: Record<string, { steps: Record<string, unknown>; previousVisit?: string }>;
}
const stored = (page: Page): Promise<Stored> =>
	page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as Stored, PROGRESS_STORAGE_KEY);
const status = (page: Page, id: string) => page.locator(`#node-${id} .pd-status`).textContent();
async function mark(page: Page, id: string, label: 'Done' | 'In progress'): Promise<void> {
	await page.locator(`#node-${id} .pd-node-link`).click();
	await page.locator(`#step-${id}`).getByLabel(label).check();
}

describe('progress in two tabs', () => {
	it('keeps both tabs’ marks: each tab merges into what is stored, and shows the other’s', async () => {
		const a = await openPathway();
		const b = await site.browser.newPage();
		await b.goto(`${site.server.origin}/pathways/${COUNTRY}/`);
		await b.locator('pathway-diagram[data-enhanced]').waitFor();

		await mark(a, 'step-1', 'Done');
		await mark(b, 'step-2-ck', 'In progress');
		// Tab A hears about tab B's mark through the storage event, without a reload.
		await expect.poll(() => status(a, 'step-2-ck')).toBe('In progress');
		await expect(status(b, 'step-1')).resolves.toBe('Done');

		const steps = (await stored(a)).pathways[COUNTRY]!.steps;
		expect(Object.keys(steps).sort()).toEqual(['step-1', 'step-2-ck']);
		await b.reload();
		await b.locator('pathway-diagram[data-enhanced]').waitFor();
		await expect(status(b, 'step-1')).resolves.toBe('Done');
		await expect(status(b, 'step-2-ck')).resolves.toBe('In progress');
		await a.close();
		await b.close();
	});
});

describe('stored data the guide did not write', () => {
	it('ignores hostile keys: no phantom marks, no junk saved, nothing reaches Object.prototype', async () => {
		const hostile =
			`{"version":2,"pathways":{"__proto__":{"steps":{"step-1":{"status":"done"}}},"${COUNTRY}":{"steps":` +
			'{"__proto__":{"status":"done"},"constructor":{"status":"done"},"toString":{"status":"done"},"step-1":{"status":"bad"}}}}}';
		const page = await openPathway({ [PROGRESS_STORAGE_KEY]: hostile });
		const errors = collectErrors(page);
		const total = await page.locator('.pd-node').count();
		await expect(page.locator('.pd-summary').textContent()).resolves.toBe(`0 of ${total} steps done`);
		await expect(page.locator('.pd-node[data-status]').count()).resolves.toBe(0);
		await expect(page.evaluate(() => 'steps' in {} || 'status' in {})).resolves.toBe(false);
		// The visit is saved; the junk is not.
		const saved = await stored(page);
		expect(Object.keys(saved.pathways)).toEqual([COUNTRY]);
		expect(Object.keys(saved.pathways[COUNTRY]!.steps)).toEqual(['constructor']);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('moves existing (version 1) progress to the new storage without losing a mark', async () => {
		const v1 = JSON.stringify({ [COUNTRY]: { 'step-1': 'done', 'step-2-ck': 'in-progress' }, canada: { nac: 'done' } });
		const page = await openPathway({ [LEGACY_PROGRESS_STORAGE_KEY]: v1 });
		await expect(status(page, 'step-1')).resolves.toBe('Done');
		await expect(status(page, 'step-2-ck')).resolves.toBe('In progress');
		const saved = await stored(page);
		expect(saved.version).toBe(2);
		expect(saved.pathways[COUNTRY]!.steps).toEqual({
			'step-1': { status: 'done' },
			'step-2-ck': { status: 'in-progress' },
		});
		expect(saved.pathways.canada!.steps).toEqual({ nac: { status: 'done' } });
		await expect(page.evaluate((key) => localStorage.getItem(key), LEGACY_PROGRESS_STORAGE_KEY)).resolves.toBeNull();
		await page.close();
	});
});

describe('changed since your last visit', () => {
	it('flags a step changed after the stored visit, with what changed, and not one changed before', async () => {
		const probe = await openPathway();
		const latest = JSON.parse((await probe.locator('pathway-diagram').getAttribute('data-latest-changes'))!) as Record<
			string,
			string
		>;
		await probe.close();
		// A visit between two steps' newest changes: one changed after it, the other before.
		const byDate = Object.entries(latest).sort((x, y) => x[1].localeCompare(y[1]));
		const [before, after] = [byDate[0]!, byDate.at(-1)!];
		expect(Date.parse(after[1])).toBeGreaterThan(Date.parse(before[1]) + 2 * HOUR);
		const visit = new Date(Date.parse(before[1]) + HOUR).toISOString();
		const progress = { version: 2, pathways: { [COUNTRY]: { steps: {}, visit } } };

		const page = await openPathway({ [PROGRESS_STORAGE_KEY]: JSON.stringify(progress) });
		const box = page.locator('.pd-changed');
		await expect(box.locator('p').textContent()).resolves.toMatch(
			/^Changed since your last visit on \d{1,2} \w+ \d{4}:$/,
		);
		const listed = await box.locator('li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(listed).toContain(`#step-${after[0]}`);
		expect(listed).not.toContain(`#step-${before[0]}`);
		await expect(page.locator(`#node-${after[0]} .pd-changed-tag`).isVisible()).resolves.toBe(true);
		await expect(page.locator(`#node-${before[0]} .pd-changed-tag`).isVisible()).resolves.toBe(false);
		// The tag is part of the step button's name for screen readers.
		await expect(page.locator(`#node-${after[0]} .pd-node-link`).textContent()).resolves.toMatch(/Changed/);
		// Following the link opens the step, which says what changed.
		await box.locator(`a[href="#step-${after[0]}"]`).click();
		const news = page.locator(`#step-${after[0]} .pd-detail-changes li:has(.pd-new:not([hidden]))`);
		await expect(news.count()).resolves.toBeGreaterThan(0);
		await expect(news.first().textContent()).resolves.toMatch(/New since your last visit:\s+\d/);
		// The next visit's reference moved on: the visit was recorded.
		expect((await stored(page)).pathways[COUNTRY]!.previousVisit).toBe(visit);
		await page.close();
	});

	it('flags nothing on a first visit', async () => {
		const page = await openPathway();
		await expect(page.locator('.pd-changed li').count()).resolves.toBe(0);
		await expect(page.locator('.pd-changed-tag:visible').count()).resolves.toBe(0);
		await page.close();
	});
});

describe('search answers questions about rules that no longer apply', () => {
	it.each([
		['step 2 cs', /Step 2 CS/, '2021-01-26'],
		['mccqe part 2', /MCCQE Part II/, '2021-06'],
		['CESR', /CESR/, '2023-11-30'],
	])('"%s" shows the answer, with its date, above the results', async (query, rule, since) => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(query)}`);
		const answer = page.locator('.search-answer');
		await answer.waitFor();
		await expect(answer.textContent()).resolves.toMatch(rule);
		await expect(answer.locator('time').first().getAttribute('datetime')).resolves.toBe(since);
		await expect(page.locator('.search-answer-status').textContent()).resolves.toMatch(rule);
		const firstResult = page.locator('search-page .pagefind-ui__result').first();
		await firstResult.waitFor();
		const [answerBox, resultBox] = [await answer.boundingBox(), await firstResult.boundingBox()];
		expect(answerBox!.y + answerBox!.height).toBeLessThanOrEqual(resultBox!.y);
		await page.close();
	});

	it('shows no answer for an ordinary search, and updates as the reader types', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}/search/?q=plab`);
		await page.locator('search-page .pagefind-ui__result').first().waitFor();
		await expect(page.locator('.search-answer').isVisible()).resolves.toBe(false);
		await page.locator('search-page .pagefind-ui__search-input').fill('step 2 cs');
		await expect.poll(() => page.locator('.search-answer').isVisible()).toBe(true);
		await page.close();
	});
});

describe('/changes/', () => {
	it('filters by country and exam, says how many show and keeps the choice in the URL', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}/changes/`);
		const items = page.locator('change-filters .change-list > li');
		const total = await items.count();
		await page.getByLabel('Country').selectOption('canada');
		const shown = page.locator('change-filters .change-list > li:not([hidden])');
		const countries = await shown.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.country));
		expect(countries.length).toBeGreaterThan(0);
		expect(countries.length).toBeLessThan(total);
		expect(new Set(countries)).toEqual(new Set(['canada']));
		await page.getByLabel('Exam').selectOption('mccqe');
		const both = await shown.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.exams));
		expect(both.length).toBeGreaterThan(0);
		expect(both.every((e) => e!.split(' ').includes('mccqe'))).toBe(true);
		await expect(page.locator('.data-filters-shown').textContent()).resolves.toBe(
			`${both.length} of ${total} changes shown`,
		);
		expect(new URL(page.url()).search).toBe('?country=canada&exam=mccqe');
		await page.reload();
		await expect(shown.count()).resolves.toBe(both.length);
		await page.close();
	});
});
