import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, readPages, requireBuilt } from '../support/dist.ts';
import { bytesOf } from '../../tools/lib/page-weight.ts';
import { loadSearch } from '../../tools/lib/pagefind.ts';
import { SEARCH_RANKING } from '../../src/lib/search/ranking.ts';

requireBuilt(DIST, 'npm run build:test');
const PAGE = '/pathways/united-states/states/';
const page = readPages(DIST).find((p) => p.urlPath === PAGE)!;
const json = JSON.parse(readFileSync(`${DIST}pathways/united-states/states.json`, 'utf8')) as {
	states: { state: string; code: string; status: string; licence: string | null; lastVerified: string }[];
};
const csv = readFileSync(`${DIST}pathways/united-states/states.csv`, 'utf8').trimEnd().split('\r\n');

describe('the US state tracker page', () => {
	const rows = page.root.querySelectorAll('table tbody tr');

	it('lists all 51 jurisdictions in the table, each linked to its own section', () => {
		expect(rows).toHaveLength(51);
		for (const row of rows) {
			const anchor = row.querySelector('th[scope="row"] a')!.getAttribute('href')!;
			expect(page.root.querySelector(`[id="${anchor.slice(1)}"]`), anchor).not.toBeNull();
		}
	});

	it('is a real table: caption, column and row header scopes', () => {
		expect(page.root.querySelector('table caption')?.text).toMatch(/51 jurisdictions/);
		expect(page.root.querySelectorAll('thead th[scope="col"]').length).toBeGreaterThanOrEqual(6);
	});

	it('holds the same states, statuses and dates as the JSON and CSV downloads', () => {
		expect(json.states).toHaveLength(51);
		expect(csv).toHaveLength(52);
		const inTable = rows.map((r) => r.querySelector('th')!.text.trim());
		expect(inTable).toEqual(json.states.map((s) => s.state));
		expect(csv.slice(1).map((line) => line.split(',')[1])).toEqual(json.states.map((s) => s.code));
		rows.forEach((row, i) => {
			expect(row.getAttribute('data-status')).toBe(json.states[i]!.status);
			expect(row.getAttribute('data-licence')).toBe(json.states[i]!.licence ?? '');
			expect(row.querySelector('time')!.getAttribute('datetime')).toBe(json.states[i]!.lastVerified);
		});
	});

	it('states counts computed from the data, with the date', () => {
		const counts = page.root.querySelector('.states-counts')!.text;
		const full = json.states.filter(
			(s) => ['law-enacted', 'rules-in-force', 'applications-open'].includes(s.status) && s.licence === 'full',
		).length;
		expect(counts).toContain(`${full} jurisdictions have a law that leads to a full licence`);
		expect(counts).toMatch(/^As of \d{1,2} \w+ \d{4}/);
	});

	it('stays within 60 KB of HTML, gzipped', () => {
		expect(bytesOf(readFileSync(`${DIST}pathways/united-states/states/index.html`)).gzip).toBeLessThanOrEqual(
			60 * 1024,
		);
	});

	it('links the US pathway, and the US pathway diagram links back', () => {
		expect(page.root.querySelector('a[href="/pathways/united-states/"]')).not.toBeNull();
		const us = readPages(DIST).find((p) => p.urlPath === '/pathways/united-states/')!;
		expect(us.root.querySelectorAll(`.pd-detail a[href="${PAGE}"]`).length).toBeGreaterThan(0);
	});
});

describe('search finds a state', () => {
	let search: Awaited<ReturnType<typeof loadSearch>>;
	beforeAll(async () => {
		search = await loadSearch(DIST, SEARCH_RANKING);
	});
	it.each([
		['Nebraska provisional license', '#nebraska'],
		['Tennessee', '#tennessee'],
		['Texas provisional licence', '#texas'],
	])('"%s" reaches the tracker’s %s section', async (query, anchor) => {
		const hits = await search.search(query, { limit: 3 });
		expect(
			hits.some((h) => h.url === PAGE && h.subUrl === `${PAGE}${anchor}`),
			JSON.stringify(hits),
		).toBe(true);
	});
});
