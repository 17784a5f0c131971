import { describe, expect, it } from 'vitest';
import { brokenBudgets, bytesOf, measurePage, type PageWeight } from '../../tools/lib/page-weight.ts';

const fixture = new URL('../fixtures/broken-site/guide/', import.meta.url).pathname;
const weight = (jsGzip: number, totalGzip: number): PageWeight => {
	const b = (gzip: number) => ({ raw: gzip * 3, gzip });
	return { html: b(1), css: b(1), js: b(jsGzip), fonts: b(0), images: b(0), total: b(totalGzip), files: [] };
};

describe('page weight', () => {
	it('measures a page with its stylesheet', () => {
		const w = measurePage(fixture, '/guide/', '/guide/');
		expect(w.files).toEqual(['/guide/', '/guide/style.css']);
		expect(w.css.raw).toBe(7);
		expect(w.total.raw).toBe(w.html.raw + w.css.raw);
	});
	it('gzips', () => {
		const text = 'a'.repeat(10_000);
		expect(bytesOf(text).raw).toBe(10_000);
		expect(bytesOf(text).gzip).toBeLessThan(100);
	});
});

describe('byte budgets', () => {
	it('report a page over its budget with the figures', () => {
		const weights = { '/a/': weight(12_000, 50_000), '/b/': weight(1_000, 10_000) };
		expect(
			brokenBudgets(weights, [
				{ page: '/a/', measure: 'js', maxGzip: 10_240 },
				{ page: '/b/', measure: 'total', maxGzip: 61_440 },
			]),
		).toEqual(['/a/: js is 12000 B gzip, over its budget of 10240 B']);
	});
});
