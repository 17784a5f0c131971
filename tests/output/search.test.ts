import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SEARCH_RANKING } from '../../src/lib/search/ranking.ts';
import type { GlossaryEntry } from '../../src/lib/glossary/schema.ts';
import { DIST, requireBuilt } from '../support/dist.ts';
import { loadSearch, type SearchHit } from '../../tools/lib/pagefind.ts';
import { projectPath } from '../../tools/lib/project.ts';

requireBuilt(DIST, 'npm run build');
let search: Awaited<ReturnType<typeof loadSearch>>;
beforeAll(async () => {
	search = await loadSearch(DIST, SEARCH_RANKING);
});

/** A hit "is" a target when its page matches, or its best sub-result matches a target with an anchor. */
const matches = (hit: SearchHit, target: string) =>
	target.includes('#') ? hit.subUrl === target || hit.url === target : hit.url === target;
const describeHits = (hits: SearchHit[]) => hits.map((h, i) => `${i + 1}. ${h.subUrl ?? h.url}`).join('\n');

/** [query, acceptable targets, how high the first acceptable target must rank]. */
type Row = [query: string, targets: string[], rank: 1 | 3 | 5];

const exams: Row[] = [
	['USMLE', ['/exams/usmle/'], 1],
	['usmle', ['/exams/usmle/'], 1],
	['step 1', ['/exams/usmle/'], 3],
	['step 2 ck', ['/exams/usmle/'], 3],
	['step 2 cs', ['/exams/usmle/', '/glossary/#cs'], 3],
	['step 3', ['/exams/usmle/'], 3],
	['PLAB', ['/exams/plab/'], 1],
	['plab 2', ['/exams/plab/'], 1],
	['plab 1', ['/exams/plab/'], 1],
	['UKMLA', ['/exams/plab/', '/glossary/#ukmla'], 3],
	['MCCQE', ['/exams/mccqe-and-nac/'], 1],
	['mccqe part 1', ['/exams/mccqe-and-nac/'], 3],
	['NAC exam', ['/exams/mccqe-and-nac/'], 3],
	['AMC CAT', ['/exams/amc/'], 3],
	['amc clinical exam', ['/exams/amc/'], 3],
	['PRES', ['/exams/pres/'], 1],
	['NZREX', ['/exams/nzrex/'], 1],
	['nzrex clinical', ['/exams/nzrex/'], 1],
	['OET', ['/exams/english-tests/', '/glossary/#oet'], 3],
	['OET score', ['/exams/english-tests/'], 3],
	['IELTS', ['/exams/english-tests/'], 1],
	// Typed in a hurry: run together, lower case, a one-letter slip (glossary searchSpellings).
	['plab2', ['/exams/plab/'], 1],
	['plab1', ['/exams/plab/'], 1],
	['step2ck', ['/exams/usmle/'], 3],
	['step1', ['/exams/usmle/'], 3],
	['mccqe1', ['/exams/mccqe-and-nac/'], 1],
	['usmel', ['/exams/usmle/', '/glossary/#usmle'], 3],
	['ecmfg', ['/pathways/united-states/', '/glossary/#ecfmg'], 3],
];
const countries: Row[] = [
	['united states', ['/pathways/united-states/'], 3],
	['United Kingdom', ['/pathways/united-kingdom/'], 3],
	['canada', ['/pathways/canada/'], 3],
	['Australia', ['/pathways/australia/'], 3],
	['ireland', ['/pathways/ireland/'], 3],
	['new zealand', ['/pathways/new-zealand/'], 3],
];
const phrases: Row[] = [
	['Professional and Linguistic Assessments Board', ['/exams/plab/', '/glossary/#plab'], 3],
	['United States Medical Licensing Examination', ['/exams/usmle/', '/glossary/#usmle'], 3],
	['Practice-Ready Assessment', ['/pathways/canada/', '/glossary/#pra'], 3],
	['comparable health system', ['/pathways/new-zealand/', '/glossary/#chs'], 3],
	['expedited specialist', ['/pathways/australia/'], 3],
	['portfolio pathway', ['/pathways/united-kingdom/'], 3],
	['competent authority', ['/pathways/australia/'], 3],
	['Conrad 30', ['/challenges/challenges-and-opportunities/', '/pathways/united-states/', '/glossary/#conrad-30'], 3],
	['alternative licensure', ['/pathways/united-states/'], 3],
	['what does IMG mean', ['/understanding/what-does-img-mean/'], 1],
	// What readers ask first (December 2026 review).
	['observership', ['/pathways/united-states/', '/glossary/#usce'], 3],
	[
		'attempt limit',
		['/exams/usmle/', '/exams/plab/', '/exams/mccqe-and-nac/', '/exams/amc/', '/exams/nzrex/', '/exams/', '/faq/'],
		3,
	],
	['Medicare', ['/pathways/australia/'], 3],
	['moratorium', ['/pathways/australia/'], 3],
	['prioritisation', ['/pathways/united-kingdom/'], 3],
	['Health and Care Worker visa', ['/pathways/united-kingdom/', '/faq/'], 3],
	['documents checklist', ['/documents/'], 3],
	['graduation year', ['/pathways/united-states/', '/pathways/canada/', '/pathways/', '/faq/'], 3],
	['vocational registration', ['/pathways/new-zealand/'], 3],
	['Express Entry', ['/pathways/canada/', '/glossary/#ircc'], 3],
	// Plurals and inflections: Pagefind stems English words.
	['PLAB exams', ['/exams/plab/'], 3],
	['usmle steps', ['/exams/usmle/'], 3],
	['visas', ['/challenges/challenges-and-opportunities/', '/pathways/united-states/'], 3],
];

// Every acronym in the glossary, upper and lower case: its own entry or the page that explains it.
// Exception: "MCQ" names a question format that is also part of exam names ("AMC CAT MCQ"), so pages
// about those exams rightly compete with its glossary entry; it must still be in the top 5.
const FORMAT_WORDS = new Set(['MCQ']);
const glossary = parse(readFileSync(projectPath('content/glossary.yaml'), 'utf8')) as GlossaryEntry[];
const acronyms: Row[] = glossary
	.filter((e) => /^[A-Z][A-Za-z0-9-]{1,9}$/.test(e.term))
	.flatMap((e): Row[] => {
		const targets = [`/glossary/#${e.id}`, e.page.split('#')[0]!];
		const rank = FORMAT_WORDS.has(e.term) ? 5 : 3;
		return [
			[e.term, targets, rank],
			[e.term.toLowerCase(), targets, rank],
		];
	});

describe('search finds the page that explains what people type', () => {
	it('covers at least 40 queries, including 20 glossary acronyms in both cases', () => {
		expect(exams.length + countries.length + phrases.length + acronyms.length).toBeGreaterThanOrEqual(40);
		expect(acronyms.length).toBeGreaterThanOrEqual(40);
	});

	it.each([...exams, ...countries, ...phrases, ...acronyms])(
		'"%s" ranks %j in the top results',
		async (query, targets, rank) => {
			const hits = await search.search(query, { limit: 5 });
			const position = hits.findIndex((h) => targets.some((t) => matches(h, t)));
			expect(
				position,
				`for "${query}" wanted one of ${targets.join(', ')} in the top ${rank}, got:\n${describeHits(hits)}`,
			).toBeGreaterThanOrEqual(0);
			expect(
				position,
				`for "${query}" wanted one of ${targets.join(', ')} in the top ${rank}, got:\n${describeHits(hits)}`,
			).toBeLessThan(rank);
		},
	);
});

describe('a search about a rule that no longer applies', () => {
	// The search page shows the answer above the results (e2e/changes.test.ts); the search dialog has no such box,
	// so the answer's own section must rank among the first results there too.
	const rules = parse(readFileSync(projectPath('content/superseded.yaml'), 'utf8')) as {
		id: string;
		searchTerms: string[];
	}[];
	it.each(rules.map((r) => [r.searchTerms[0]!, r.id]))('"%s" finds the answer #%s in the top 5', async (query, id) => {
		const hits = await search.search(query, { limit: 5 });
		expect(
			hits.some((h) => matches(h, `/changes/outdated-rules/#${id}`)),
			describeHits(hits),
		).toBe(true);
	});
});

describe('search shows articles, not page chrome', () => {
	// Buttons, dialogs and diagram controls are kept out of the index (data-pagefind-ignore), so no result,
	// sub-result or excerpt is one of them.
	const CHROME = /Embed this page|Copy snippet|Reset progress|Show all steps|Hide all steps|Show a route|HTML snippet/;
	it.each(['plab', 'plab2', 'embed', 'usmle', 'progress', 'snippet', 'reset'])('"%s"', async (query) => {
		// The embed guide names the Embed dialog's controls in its own prose, which is content.
		for (const result of (await search.shown(query)).filter((r) => !r.url.endsWith('/about/embed/'))) {
			for (const text of result.texts) expect(text, `${result.url}: ${text}`).not.toMatch(CHROME);
		}
	});
});

describe('search filters', () => {
	it('offer every country and page type', async () => {
		const filters = await search.filters();
		expect(Object.keys(filters.country ?? {}).sort()).toEqual([
			'Australia',
			'Canada',
			'International',
			'Ireland',
			'New Zealand',
			'United Kingdom',
			'United States',
		]);
		expect(Object.keys(filters.type ?? {}).sort()).toEqual(['Article', 'Country pathway', 'Exam', 'Glossary']);
	});

	it('narrow results to one country', async () => {
		const all = await search.search('exam', { limit: 50 });
		const canada = await search.search('exam', { limit: 50, filters: { country: 'Canada' } });
		expect(canada.length).toBeGreaterThan(0);
		expect(canada.length).toBeLessThan(all.length);
		for (const hit of canada) expect(hit.filters.country).toEqual(['Canada']);
	});

	it('narrow results to one page type', async () => {
		const exams = await search.search('registration', { limit: 50, filters: { type: 'Exam' } });
		expect(exams.length).toBeGreaterThan(0);
		for (const hit of exams) expect(hit.url).toMatch(/^\/exams\//);
	});
});
