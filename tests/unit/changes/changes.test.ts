import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { changesAtomFeed } from '../../../src/lib/changes/atom.ts';
import { startOfIsoDate } from '../../../src/lib/content/dates.ts';
import {
	changesForPage,
	collectChanges,
	latestChangeByStep,
	type PathwayChanges,
} from '../../../src/lib/changes/collect.ts';
import type { Change } from '../../../src/lib/changes/schema.ts';
import { normaliseQuery, rulesMatching } from '../../../src/lib/changes/superseded-match.ts';
import { parseRegex, supersededRuleSchema } from '../../../src/lib/changes/superseded-schema.ts';

const source = { title: 'News', publisher: 'Regulator', url: 'https://example.org/news', accessed: '2026-12' };
const change = (date: string, summary: string, exams: Change['exams'] = []): Change => ({
	date,
	summary,
	source,
	exams,
	reported: false,
});

const pathway: PathwayChanges = {
	id: 'canada',
	country: 'canada',
	countryName: 'Canada',
	steps: [
		{ id: 'mccqe-1', title: 'MCCQE Part I', changes: [change('2025-04', 'Multiple-choice only.', ['mccqe'])] },
		{
			id: 'lmcc',
			title: 'LMCC',
			changes: [change('2026-01-26', 'No 12 months needed.', ['mccqe']), change('2021', 'Old.')],
		},
	],
};
const pages = [
	{
		routeId: 'pathways/canada',
		title: 'Canada',
		country: 'canada' as const,
		changes: [change('2025-12-08', 'New category.')],
	},
	{
		routeId: 'exams/usmle',
		title: 'USMLE',
		country: 'united-states' as const,
		changes: [change('2022-01-26', 'Pass/fail.', ['usmle'])],
	},
];

describe('collecting changes', () => {
	const all = collectChanges([pathway], pages);

	it('places each change, newest first, linking steps to their details on the pathway page', () => {
		expect(all.map((c) => c.date)).toEqual(['2026-01-26', '2025-12-08', '2025-04', '2022-01-26', '2021']);
		expect(all[0]!.target).toMatchObject({ path: '/pathways/canada/#step-lmcc', title: 'LMCC (Canada)', step: 'lmcc' });
		expect(all[1]!.target.path).toBe('/pathways/canada/');
	});

	it('gives each change a stable key that differs between changes', () => {
		expect(new Set(all.map((c) => c.key)).size).toBe(all.length);
		expect(collectChanges([pathway], pages).map((c) => c.key)).toEqual(all.map((c) => c.key));
	});

	it('refuses the same change recorded twice in one place', () => {
		const twice = { ...pages[0]!, changes: [change('2025-12-08', 'Same.'), change('2025-12-08', 'Same.')] };
		expect(() => collectChanges([], [twice])).toThrow(/recorded twice for \/pathways\/canada\//);
	});

	it("lists on a page its own changes, its pathway's and those about its exams", () => {
		const onCountryPage = changesForPage(all, { routeId: 'pathways/canada', pathway: 'canada' });
		expect(onCountryPage.map((c) => c.summary)).toEqual([
			'No 12 months needed.',
			'New category.',
			'Multiple-choice only.',
			'Old.',
		]);
		const onExamPage = changesForPage(all, { routeId: 'exams/mccqe-and-nac', exams: ['mccqe'] });
		expect(onExamPage.map((c) => c.summary)).toEqual(['No 12 months needed.', 'Multiple-choice only.']);
	});

	it("finds each step's newest change", () => {
		expect(latestChangeByStep(pathway.steps).get('lmcc')?.date).toBe('2026-01-26');
	});

	it('dates a change known only to the month or year from its first day', () => {
		expect(startOfIsoDate('2025-04').toISOString()).toBe('2025-04-01T00:00:00.000Z');
		expect(startOfIsoDate('2021').toISOString()).toBe('2021-01-01T00:00:00.000Z');
	});
});

describe('the Atom feed', () => {
	it('has absolute links, stable ids, escaped text and the newest change as its date', () => {
		const changes = collectChanges(
			[pathway],
			[{ ...pages[0]!, changes: [change('2025-12-08', 'O&G <added> "soon".')] }],
		);
		const xml = changesAtomFeed({
			title: 'Changes',
			feedPath: '/changes.xml',
			pagePath: '/changes/',
			changes,
			absolute: (path) => `https://guide.example${path}`,
		});
		const feed = parseFeed(xml);
		expect(feed.meta.type).toBe('atom');
		expect(feed.updated?.toISOString()).toBe('2026-01-26T00:00:00.000Z');
		expect(feed.items[0]!.url).toBe('https://guide.example/pathways/canada/#step-lmcc');
		expect(feed.items[0]!.id).toBe(`https://guide.example/changes/#${changes[0]!.key}`);
		expect(feed.items.find((i) => i.title?.includes('O&G'))?.title).toBe('8 December 2025: O&G <added> "soon".');
	});
});

describe('rules that no longer apply, matched to searches', () => {
	const rules = [
		{ id: 'cs', searchTerms: ['step 2 cs', 'step 2 clinical skills'] },
		{ id: 'part-2', searchTerms: ['mccqe part 2', 'mccqe part ii'] },
		{ id: 'cesr', searchTerms: ['cesr'] },
	];

	it('normalises how people type exam names', () => {
		expect(normaliseQuery('  Step2CS? ')).toBe('step 2 cs');
		expect(normaliseQuery('MCCQE Part II')).toBe('mccqe part 2');
		expect(normaliseQuery('mccqe part-I')).toBe('mccqe part 1');
	});

	it.each([
		['step 2 cs', 'cs'],
		['Do I need Step 2 CS?', 'cs'],
		['USMLE step2 cs', 'cs'],
		['mccqe part 2', 'part-2'],
		['MCCQE Part II', 'part-2'],
		['CESR', 'cesr'],
		['cesr application', 'cesr'],
	])('answers "%s"', (query, id) => {
		expect(rulesMatching(query, rules).map((r) => r.id)).toEqual([id]);
	});

	it.each(['step 2', 'step 2 ck', 'mccqe part 1', 'process', 'cs', ''])('does not answer "%s"', (query) => {
		expect(rulesMatching(query, rules)).toEqual([]);
	});
});

describe('the superseded rule schema', () => {
	const valid = {
		id: 'step-2-cs',
		rule: 'You must pass Step 2 CS.',
		now: 'It was discontinued on 26 January 2021.',
		since: '2021-01-26',
		countries: ['united-states'],
		searchTerms: ['step 2 cs'],
		page: '/exams/usmle/',
		source,
		lastVerified: '2026-12-01',
	};

	it('accepts a rule with detection patterns written /pattern/flags', () => {
		const parsed = supersededRuleSchema.parse({
			...valid,
			detect: { topic: '/\\bStep 2 CS\\b/i', assertedWhen: 'requirement' },
		});
		expect(parseRegex(parsed.detect!.topic).test('step 2 cs')).toBe(true);
	});

	it.each([
		[{ detect: { topic: 'Step 2 CS' } }, 'detect.topic'],
		[{ detect: { topic: '/(unclosed/' } }, 'detect.topic'],
		[{ searchTerms: ['Step 2 CS'] }, 'searchTerms.0'],
		[{ since: '26 January 2021' }, 'since'],
		[{ page: 'exams/usmle' }, 'page'],
	])('rejects %j at %s', (override, path) => {
		const result = supersededRuleSchema.safeParse({ ...valid, ...override });
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(path);
	});
});
