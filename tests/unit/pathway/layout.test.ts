import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	boxesOverlap,
	connectorPath,
	layoutPathway,
	NODE_HEIGHT,
	NODE_WIDTH,
} from '../../../src/lib/pathway/layout.ts';
import { pathwaySchema } from '../../../src/lib/pathway/schema.ts';
import { COUNTRIES } from '../../../src/lib/content/countries.ts';
import { PATHWAY_IDS, projectPath } from '../../../tools/lib/project.ts';

const realPathways = PATHWAY_IDS.map(
	(id) => [id, pathwaySchema.parse(parse(readFileSync(projectPath(`content/pathways/${id}.yaml`), 'utf8')))] as const,
);

describe('pathway layout', () => {
	it('has one pathway file for every country a page can be about', () => {
		expect(PATHWAY_IDS).toEqual(COUNTRIES.filter((c) => c !== 'international').sort());
	});

	it.each(realPathways)('gives %s the same coordinates every time', async (_file, pathway) => {
		expect(await layoutPathway(pathway)).toEqual(await layoutPathway(pathway));
	});

	it.each(realPathways)(
		'places no two boxes of %s on top of each other, all inside the canvas',
		async (_file, pathway) => {
			const layout = await layoutPathway(pathway);
			const boxes = Object.entries(layout.nodes);
			expect(boxes).toHaveLength(pathway.steps.length);
			for (const [i, [a, boxA]] of boxes.entries()) {
				expect(boxA.x + NODE_WIDTH, a).toBeLessThanOrEqual(layout.width);
				expect(boxA.y + NODE_HEIGHT, a).toBeLessThanOrEqual(layout.height);
				for (const [b, boxB] of boxes.slice(i + 1)) expect(boxesOverlap(boxA, boxB), `${a} overlaps ${b}`).toBe(false);
			}
		},
	);

	it.each(realPathways)(
		'draws every edge of %s downwards from its source box to its target box',
		async (_file, pathway) => {
			const layout = await layoutPathway(pathway);
			expect(layout.edges).toHaveLength(pathway.steps.reduce((n, s) => n + s.next.length, 0));
			for (const edge of layout.edges) {
				const first = edge.points[0]!;
				const last = edge.points.at(-1)!;
				expect(first.y).toBeCloseTo(layout.nodes[edge.from]!.y + NODE_HEIGHT, 0);
				expect(last.y).toBeCloseTo(layout.nodes[edge.to]!.y, 0);
			}
		},
	);
});

describe('connector paths', () => {
	it('draws straight segments and rounds the corners', () => {
		const d = connectorPath([
			{ x: 0, y: 0 },
			{ x: 0, y: 20 },
			{ x: 30, y: 20 },
		]);
		expect(d).toBe('M0 0 L0 14 Q0 20 6 20 L30 20');
	});
	it('draws nothing for fewer than two points', () => {
		expect(connectorPath([{ x: 1, y: 1 }])).toBe('');
	});
});
