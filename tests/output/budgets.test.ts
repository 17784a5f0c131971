import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, readPages, requireBuilt } from '../support/dist';

requireBuilt(DIST, 'npm run build');

/** Gzipped size of a built file referenced from a page (e.g. "/_astro/x.js"). */
function gzipBytes(path: string): number {
	return gzipSync(readFileSync(`${DIST}${path.replace(/^\//, '')}`), { level: 9 }).length;
}

/** Every module script a page loads, directly or through static imports of other chunks. */
function scriptGraph(entry: string): Set<string> {
	const seen = new Set<string>();
	const visit = (path: string) => {
		if (seen.has(path)) return;
		seen.add(path);
		const code = readFileSync(`${DIST}${path.replace(/^\//, '')}`, 'utf8');
		for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(new URL(m[1]!, `http://x${path}`).pathname);
	};
	visit(entry);
	return seen;
}

describe('the pathway diagram script', () => {
	const page = readPages(DIST).find((p) => p.urlPath === '/pathways/united-kingdom/')!;
	const diagramEntry = page.root
		.querySelectorAll('script[type="module"][src]')
		.map((s) => s.getAttribute('src')!)
		.find((src) => src.includes('PathwayDiagram'));

	it('is a separate module the page loads', () => {
		expect(diagramEntry).toBeDefined();
	});

	it('weighs no more than 8 KB gzipped, including any chunks it imports', () => {
		const total = [...scriptGraph(diagramEntry!)].reduce((sum, path) => sum + gzipBytes(path), 0);
		expect(total).toBeLessThanOrEqual(8 * 1024);
	});

	it('ships no layout or UI library to the browser', () => {
		for (const path of scriptGraph(diagramEntry!)) {
			const code = readFileSync(`${DIST}${path.replace(/^\//, '')}`, 'utf8');
			expect(code).not.toMatch(/elkjs|org\.eclipse\.elk|react|preact|svelte/i);
		}
	});
});
