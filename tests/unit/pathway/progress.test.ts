import { describe, expect, it } from 'vitest';
import { parseProgress, progressSummary, withStatus } from '../../../src/lib/pathway/progress.ts';

describe('stored progress', () => {
	it('reads what was saved', () => {
		expect(parseProgress('{"uk":{"plab-1":"done","plab-2":"in-progress"}}')).toEqual({
			uk: { 'plab-1': 'done', 'plab-2': 'in-progress' },
		});
	});
	it('survives corrupted, empty or foreign data without throwing', () => {
		for (const raw of [null, '', '{not json', '[]', '"text"', '{"uk":[1,2]}', '{"uk":null}']) {
			expect(() => parseProgress(raw)).not.toThrow();
		}
		expect(parseProgress('{not json')).toEqual({});
	});
	it('keeps the valid entries of partly corrupted data', () => {
		expect(parseProgress('{"uk":{"a":"done","b":"maybe","c":7},"ca":"x"}')).toEqual({ uk: { a: 'done' } });
	});
	it('sets and clears a step without touching other pathways', () => {
		const start = { uk: { a: 'done' as const }, ca: { b: 'in-progress' as const } };
		const added = withStatus(start, 'uk', 'c', 'in-progress');
		expect(added).toEqual({ uk: { a: 'done', c: 'in-progress' }, ca: { b: 'in-progress' } });
		expect(withStatus(added, 'uk', 'a', undefined)).toEqual({ uk: { c: 'in-progress' }, ca: { b: 'in-progress' } });
		expect(start.uk).toEqual({ a: 'done' });
	});
});

describe('progress summary', () => {
	it('counts done and in-progress steps among the steps shown', () => {
		expect(progressSummary({ a: 'done', b: 'done', c: 'in-progress', z: 'done' }, ['a', 'b', 'c', 'd'])).toBe(
			'2 of 4 steps done, 1 in progress',
		);
		expect(progressSummary(undefined, ['a'])).toBe('0 of 1 step done');
	});
});
