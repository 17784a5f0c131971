import { describe, expect, it } from 'vitest';
import {
	isOnRoute,
	nextParts,
	nextSentence,
	readingOrder,
	requiresSentence,
	stepRelations,
} from '../../../src/lib/pathway/view.ts';
import type { PathwayLayout } from '../../../src/lib/pathway/layout.ts';

const steps = [
	{
		id: 'degree',
		title: 'Degree',
		requires: [],
		next: [
			{ to: 'plab-1', label: 'PLAB route' },
			{ to: 'sponsor', label: 'Sponsorship' },
		],
	},
	{ id: 'plab-1', title: 'PLAB 1', routes: ['plab'], requires: [], next: [{ to: 'plab-2' }] },
	{ id: 'plab-2', title: 'PLAB 2', routes: ['plab'], requires: [], next: [{ to: 'licence' }] },
	{ id: 'sponsor', title: 'Sponsorship', routes: ['sponsor'], requires: ['degree'], next: [{ to: 'licence' }] },
	{ id: 'licence', title: 'Licence', requires: [], next: [] },
];
const layout: PathwayLayout = {
	width: 400,
	height: 400,
	edges: [],
	nodes: {
		degree: { x: 100, y: 0, layer: 0 },
		'plab-1': { x: 0, y: 100, layer: 1 },
		sponsor: { x: 200, y: 100, layer: 1 },
		'plab-2': { x: 0, y: 200, layer: 2 },
		licence: { x: 100, y: 300, layer: 3 },
	},
};

describe('reading order', () => {
	it('follows each branch to its end, leftmost first, and puts shared steps after all their inputs', () => {
		expect(readingOrder(steps, layout).map((s) => s.id)).toEqual(['degree', 'plab-1', 'plab-2', 'sponsor', 'licence']);
	});
});

describe('relations in words', () => {
	const relations = stepRelations(steps);
	it('says what comes next, with branch labels', () => {
		expect(nextSentence(relations.get('degree')!)).toBe('Next: PLAB 1 (PLAB route) or Sponsorship (Sponsorship).');
		expect(nextSentence(relations.get('plab-1')!)).toBe('Next: PLAB 2.');
	});
	it('tells "and" (every next step, any order) from "or" (a choice) in words', () => {
		const parallel = stepRelations([
			{ id: 'degree', title: 'Degree', requires: [], branches: 'all', next: [{ to: 'a' }, { to: 'b' }, { to: 'c' }] },
			{ id: 'a', title: 'Step 1', requires: [], next: [] },
			{ id: 'b', title: 'Step 2 CK', requires: [], next: [] },
			{ id: 'c', title: 'OET', requires: ['a', 'b'], next: [] },
		]);
		expect(nextSentence(parallel.get('degree')!)).toBe('Next, in any order: Step 1, Step 2 CK and OET.');
		expect(requiresSentence(parallel.get('c')!)).toBe('Requires: Step 1 and Step 2 CK.');
		expect(nextParts(parallel.get('degree')!).filter((p) => 'step' in p)).toHaveLength(3);
	});
	it('says when a step ends the pathway', () => {
		expect(nextSentence(relations.get('licence')!)).toBe('This is the end of the pathway.');
	});
	it('lists requirements and the steps that lead in', () => {
		expect(requiresSentence(relations.get('sponsor')!)).toBe('Requires: Degree.');
		expect(requiresSentence(relations.get('plab-2')!)).toBe('');
		expect(relations.get('licence')!.previous.map((p) => p.id)).toEqual(['plab-2', 'sponsor']);
	});
});

describe('routes', () => {
	it('treats steps without a route list as shared by every route', () => {
		expect(isOnRoute(steps[0]!, 'plab')).toBe(true);
		expect(isOnRoute(steps[1]!, 'plab')).toBe(true);
		expect(isOnRoute(steps[3]!, 'plab')).toBe(false);
		expect(isOnRoute(steps[3]!, undefined)).toBe(true);
	});
});
