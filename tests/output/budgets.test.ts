import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, readPages, requireBuilt } from '../support/dist.ts';
import { SAMPLE_PAGES, brokenBudgets, bytesOf, measurePage, type Budget } from '../../tools/lib/page-weight.ts';

requireBuilt(DIST, 'npm run build');

describe('the pathway diagram script', () => {
	const pages = readPages(DIST);
	const page = pages.find((p) => p.urlPath === '/pathways/united-kingdom/')!;
	const diagramScript = page.root
		.querySelectorAll('script:not([src])')
		.map((s) => s.text)
		.find((code) => code.includes('pathway-diagram'));

	it('is written inline on the page, so a sandboxed embed needs no CORS header to run it', () => {
		expect(diagramScript).toBeDefined();
		for (const embed of pages.filter((p) => p.urlPath.startsWith('/embed/'))) {
			// Expressive Code's helper for code blocks is the one module an article embed may load: only pages with
			// code blocks (the embed guide) have it, and without it their code still shows.
			const scripts = embed.root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
			expect(
				scripts.filter((src) => !/\/ec\.[\w-]+\.js$/.test(src)),
				embed.urlPath,
			).toEqual([]);
		}
	});

	it('weighs no more than 8 KB gzipped', () => {
		expect(bytesOf(diagramScript!).gzip).toBeLessThanOrEqual(8 * 1024);
	});

	it('ships no layout or UI library to the browser', () => {
		expect(diagramScript).not.toMatch(/elkjs|org\.eclipse\.elk|react|preact|svelte/i);
	});
});

// Byte budgets for a first visit (gzip), measured on the real build. Timings live in `npm run bench`.
const KB = 1024;
const PAGES = SAMPLE_PAGES;
const BUDGETS: Budget[] = [
	{ page: PAGES.article, measure: 'total', maxGzip: 120 * KB },
	{ page: PAGES.pathway, measure: 'total', maxGzip: 120 * KB },
	// Starlight's own scripts (prefetch, search, theme, table of contents) plus the Embed dialog and search Enter key.
	{ page: PAGES.article, measure: 'js', maxGzip: 8 * KB },
	{ page: PAGES.embed, measure: 'js', maxGzip: 10 * KB },
	{ page: PAGES.embed, measure: 'total', maxGzip: 60 * KB },
	{ page: PAGES.embedArticle, measure: 'total', maxGzip: 60 * KB },
	{ page: PAGES.finder, measure: 'total', maxGzip: 120 * KB },
	{ page: PAGES.changes, measure: 'total', maxGzip: 120 * KB },
];

describe('page weight budgets', () => {
	const weights = Object.fromEntries(Object.values(PAGES).map((p) => [p, measurePage(DIST, p)]));

	it('keeps every measured page within its budget', () => {
		expect(brokenBudgets(weights, BUDGETS)).toEqual([]);
	});

	it('loads no fonts and nothing from another origin', () => {
		for (const page of readPages(DIST)) {
			const external = page.root
				.querySelectorAll(
					'script[src], link[rel="stylesheet"], link[rel="preload"], link[rel="modulepreload"], img[src], iframe[src]',
				)
				.map((el) => el.getAttribute('src') ?? el.getAttribute('href')!)
				.filter((url) => /^(https?:)?\/\//.test(url));
			expect(external, page.urlPath).toEqual([]);
		}
		for (const w of Object.values(weights)) expect(w.fonts.raw).toBe(0);
	});

	it('serves the embed host script in at most 1 KB gzipped', () => {
		expect(bytesOf(readFileSync(`${DIST}embed.js`)).gzip).toBeLessThanOrEqual(KB);
	});

	it('ships no Markdown or layout library to embed pages', () => {
		// The libraries' own error text and names: the word "marked" alone also appears in interface strings.
		const libraryCode = /marked\(\): input|elkjs|org\.eclipse\.elk/;
		for (const file of weights[PAGES.embed]!.files.filter((f) => f.endsWith('.js'))) {
			expect(readFileSync(`${DIST}${file.slice(1)}`, 'utf8'), file).not.toMatch(libraryCode);
		}
		const embed = readPages(DIST).find((p) => p.urlPath === PAGES.embed)!;
		for (const script of embed.root.querySelectorAll('script')) {
			expect(script.text).not.toMatch(libraryCode);
		}
	});
});

describe('links that open a new tab', () => {
	it('always carry rel="noopener noreferrer"', () => {
		for (const page of readPages(DIST)) {
			for (const a of page.root.querySelectorAll('a[target="_blank"]')) {
				expect(a.getAttribute('rel') ?? '', `${page.urlPath}: ${a.getAttribute('href')}`).toMatch(/noopener/);
			}
		}
	});
});
