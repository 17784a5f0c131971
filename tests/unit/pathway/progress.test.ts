import { describe, expect, it } from 'vitest';
import {
	NEW_VISIT_AFTER_MS,
	currentStep,
	emptyProgress,
	parseProgress,
	previousVisit,
	progressSummary,
	statusesOf,
	stepsChangedSince,
	withStatus,
	withVisit,
	withoutMarks,
} from '../../../src/lib/pathway/progress.ts';

const stored = (value: unknown) => JSON.stringify(value);

describe('stored progress', () => {
	it('reads version 2 as saved', () => {
		const raw = stored({
			version: 2,
			pathways: {
				uk: {
					steps: { 'plab-1': { status: 'done', at: '2026-01-02T00:00:00.000Z' }, 'plab-2': { status: 'in-progress' } },
					visit: '2026-02-01T00:00:00.000Z',
					previousVisit: '2026-01-01T00:00:00.000Z',
				},
			},
		});
		const progress = parseProgress(raw);
		expect({ ...statusesOf(progress, 'uk') }).toEqual({ 'plab-1': 'done', 'plab-2': 'in-progress' });
		expect(previousVisit(progress, 'uk')).toBe('2026-01-01T00:00:00.000Z');
	});

	it('migrates version 1 progress without losing a mark', () => {
		const progress = parseProgress(
			null,
			stored({ uk: { 'plab-1': 'done', 'plab-2': 'in-progress' }, ca: { nac: 'done' } }),
		);
		expect({ ...statusesOf(progress, 'uk') }).toEqual({ 'plab-1': 'done', 'plab-2': 'in-progress' });
		expect({ ...statusesOf(progress, 'ca') }).toEqual({ nac: 'done' });
		// No date was kept in version 1, so none is invented.
		expect(progress.pathways.uk!.steps['plab-1']).toEqual({ status: 'done' });
	});

	it('prefers version 2 when both are stored', () => {
		const progress = parseProgress(
			stored({ version: 2, pathways: { uk: { steps: {} } } }),
			stored({ uk: { a: 'done' } }),
		);
		expect({ ...statusesOf(progress, 'uk') }).toEqual({});
	});

	it('survives corrupted, empty or foreign data without throwing', () => {
		for (const raw of [null, '', '{not json', '[]', '"text"', '{"version":2,"pathways":[1]}', '{"uk":null}']) {
			expect(() => parseProgress(raw, raw)).not.toThrow();
			expect(Object.keys(parseProgress(raw, raw).pathways)).toEqual([]);
		}
	});

	it('keeps the valid entries of partly corrupted data', () => {
		const raw = stored({
			version: 2,
			pathways: {
				uk: { steps: { a: { status: 'done' }, b: { status: 'maybe' }, c: 7, d: { status: 'done', at: 'yesterday' } } },
				ca: 'x',
			},
		});
		const progress = parseProgress(raw);
		expect({ ...statusesOf(progress, 'uk') }).toEqual({ a: 'done', d: 'done' });
		expect(progress.pathways.uk!.steps.d).toEqual({ status: 'done' });
		expect(Object.keys(progress.pathways)).toEqual(['uk']);
	});

	it('drops hostile keys and never reaches Object.prototype', () => {
		const raw =
			'{"version":2,"pathways":{"__proto__":{"steps":{"a":{"status":"done"}}},"uk":{"steps":{"__proto__":{"status":"done"},' +
			'"constructor":{"status":"in-progress"},"Bad Id":{"status":"done"}}}}}';
		const progress = parseProgress(raw);
		expect(Object.keys(progress.pathways)).toEqual(['uk']);
		const statuses = statusesOf(progress, 'uk');
		// A step really called "constructor" is kept; "__proto__" and malformed ids are not.
		expect(Object.keys(statuses)).toEqual(['constructor']);
		expect(({} as Record<string, unknown>).status).toBeUndefined();
		// A step id such as "constructor" or "toString" with no mark reads as unmarked, not as a function.
		expect(statusesOf(emptyProgress(), 'uk').constructor).toBeUndefined();
		expect(statusesOf(emptyProgress(), 'toString')).toEqual({});
		expect(progressSummary(statusesOf(emptyProgress(), 'uk'), ['constructor', 'tostring'])).toBe('0 of 2 steps done');
		expect(withStatus(emptyProgress(), 'uk', '__proto__', 'done').pathways.uk).toBeUndefined();
	});
});

describe('marking steps', () => {
	const now = new Date('2026-03-01T10:00:00.000Z');

	it('sets and clears a step, stamping when it was set, without touching other pathways', () => {
		const start = withStatus(emptyProgress(), 'ca', 'b', 'in-progress', now);
		const added = withStatus(start, 'uk', 'c', 'in-progress', now);
		expect(added.pathways.uk!.steps.c).toEqual({ status: 'in-progress', at: now.toISOString() });
		expect({ ...statusesOf(added, 'ca') }).toEqual({ b: 'in-progress' });
		const cleared = withStatus(added, 'uk', 'c', undefined, now);
		expect({ ...statusesOf(cleared, 'uk') }).toEqual({});
		expect({ ...statusesOf(added, 'uk') }).toEqual({ c: 'in-progress' });
	});

	it('merges two tabs: each applies its own change to what is stored', () => {
		// Both tabs loaded an empty store; tab A marks "a" and saves; tab B then marks "b" on a fresh read.
		const afterA = withStatus(parseProgress(null), 'uk', 'a', 'done', now);
		const afterB = withStatus(parseProgress(JSON.stringify(afterA)), 'uk', 'b', 'done', now);
		expect({ ...statusesOf(afterB, 'uk') }).toEqual({ a: 'done', b: 'done' });
	});

	it('resets one pathway and keeps its visits', () => {
		const visited = withVisit(withStatus(emptyProgress(), 'uk', 'a', 'done', now), 'uk', now);
		const reset = withoutMarks(visited, 'uk');
		expect({ ...statusesOf(reset, 'uk') }).toEqual({});
		expect(reset.pathways.uk!.visit).toBe(now.toISOString());
	});
});

describe('visits and changes since the last visit', () => {
	const first = new Date('2026-01-10T09:00:00.000Z');
	const soon = new Date(first.getTime() + NEW_VISIT_AFTER_MS - 1);
	const later = new Date('2026-02-20T09:00:00.000Z');

	it('starts a new visit only after a gap, remembering the one before', () => {
		let progress = withVisit(emptyProgress(), 'uk', first);
		expect(previousVisit(progress, 'uk')).toBeUndefined();
		progress = withVisit(progress, 'uk', soon);
		expect(progress.pathways.uk!.visit).toBe(first.toISOString());
		progress = withVisit(progress, 'uk', later);
		expect(previousVisit(progress, 'uk')).toBe(first.toISOString());
		expect(progress.pathways.uk!.visit).toBe(later.toISOString());
	});

	it('flags a step changed after the previous visit and not one changed before', () => {
		const progress = withVisit(withVisit(emptyProgress(), 'uk', first), 'uk', later);
		const latest = { 'plab-1': '2026-02-01T00:00:00.000Z', 'plab-2': '2025-12-01T00:00:00.000Z' };
		expect(stepsChangedSince(progress, 'uk', latest)).toEqual(['plab-1']);
	});

	it('flags a step changed after the reader marked it, even with no earlier visit', () => {
		const progress = withStatus(emptyProgress(), 'uk', 'plab-1', 'done', first);
		expect(stepsChangedSince(progress, 'uk', { 'plab-1': '2026-02-01T00:00:00.000Z' })).toEqual(['plab-1']);
		expect(stepsChangedSince(progress, 'uk', { 'plab-1': '2025-02-01T00:00:00.000Z' })).toEqual([]);
	});

	it('flags nothing on a first visit', () => {
		const progress = withVisit(emptyProgress(), 'uk', later);
		expect(stepsChangedSince(progress, 'uk', { 'plab-1': '2026-02-01T00:00:00.000Z' })).toEqual([]);
	});
});

describe('progress summary', () => {
	it('counts done and in-progress steps among the steps shown', () => {
		expect(progressSummary({ a: 'done', b: 'done', c: 'in-progress', z: 'done' }, ['a', 'b', 'c', 'd'])).toBe(
			'2 of 4 steps done, 1 in progress',
		);
		expect(progressSummary(undefined, ['a'])).toBe('0 of 1 step done');
		expect(currentStep({ a: 'done', b: 'in-progress' }, ['a', 'b'])).toBe('b');
	});
});
