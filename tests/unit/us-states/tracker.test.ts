import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isOfficialStateSource, usStateSchema } from '../../../src/lib/us-states/schema.ts';
import { TILE_GRID, byProgress, toCsv, trackerCounts } from '../../../src/lib/us-states/tracker.ts';
import { projectPath } from '../../../tools/lib/project.ts';

const dir = projectPath('content/us-states');
const states = readdirSync(dir).map((file) => usStateSchema.parse(parse(readFileSync(`${dir}/${file}`, 'utf8'))));

const valid = () => ({
	state: 'Testland',
	code: 'TL',
	status: 'law-enacted',
	licence: 'full',
	unconfirmed: null,
	summary: 'A law creates a provisional licence for doctors trained abroad.',
	law: { citation: 'HB 1 (2026)', enacted: '2026-04-01', effective: null, url: 'https://legislature.testland.gov/hb1' },
	conditions: null,
	sources: [
		{
			title: 'HB 1',
			publisher: 'Testland Legislature',
			url: 'https://legislature.testland.gov/hb1',
			accessed: '2026-12',
		},
	],
	lastVerified: '2026-12-01',
	changes: [],
});
const problems = (input: unknown) => {
	const result = usStateSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the state data', () => {
	it('covers all 50 states and DC, each once, each placed on the tile map', () => {
		expect(states).toHaveLength(51);
		expect(new Set(states.map((s) => s.code)).size).toBe(51);
		expect(states.map((s) => s.code).sort()).toEqual(Object.keys(TILE_GRID).sort());
	});
	it('gives every jurisdiction with a law an official source and a verified date', () => {
		for (const s of states.filter((x) => x.status !== 'no-law')) {
			expect(
				s.sources.every((source) => isOfficialStateSource(source.url)),
				s.state,
			).toBe(true);
			expect(s.lastVerified.getTime(), s.state).toBeGreaterThan(0);
		}
	});
});

describe('the state schema', () => {
	it('accepts a well-formed file', () => {
		expect(problems(valid())).toEqual([]);
	});
	it('refuses an unofficial source, naming the field', () => {
		const input = valid();
		input.sources[0]!.url = 'https://www.billtrack50.com/bill/1';
		expect(problems(input)).toContainEqual(expect.stringMatching(/^sources\.0\.url: Cite an official page/));
	});
	it('refuses a law without a licence kind, and a licence without a law', () => {
		expect(problems({ ...valid(), licence: null })).toContainEqual(expect.stringMatching(/^licence: .*needs licence/));
		expect(problems({ ...valid(), status: 'no-law', law: null })).toContainEqual(
			expect.stringMatching(/^licence: licence must be null/),
		);
	});
	it('refuses a misspelt field and an unknown status', () => {
		expect(problems({ ...valid(), lastVerifed: '2026-12-01' })).not.toEqual([]);
		expect(problems({ ...valid(), status: 'passed' })).toContainEqual(expect.stringMatching(/^status:/));
	});
});

describe('counts and downloads', () => {
	const sample = [
		{ ...usStateSchema.parse(valid()), state: 'B' },
		{ ...usStateSchema.parse({ ...valid(), status: 'applications-open', licence: 'limited' }), state: 'A' },
		{
			...usStateSchema.parse({
				...valid(),
				status: 'no-law',
				licence: null,
				law: null,
				summary: 'No law, "quoted", yet.',
			}),
			state: 'C',
		},
	];
	it('counts full and limited routes and each status from the data', () => {
		const counts = trackerCounts(sample);
		expect([counts.full, counts.limited, counts.byStatus['no-law'], counts.byStatus['applications-open']]).toEqual([
			1, 1, 1, 1,
		]);
	});
	it('orders states furthest along first', () => {
		expect(byProgress(sample).map((s) => s.state)).toEqual(['A', 'B', 'C']);
	});
	it('writes RFC 4180 CSV with a header and one row per state', () => {
		const lines = toCsv(sample).trimEnd().split('\r\n');
		expect(lines[0]).toMatch(/^state,code,status,licence,/);
		expect(lines).toHaveLength(4);
	});
});
