import { describe, expect, it } from 'vitest';
import { deniedHost, findOutdatedClaims, outdatedSource } from '../../tools/lib/content-rules.ts';
import { DIST, articlePages, readPages, requireBuilt } from '../support/dist.ts';
import { PATHWAY_IDS } from '../../tools/lib/project.ts';

requireBuilt(DIST, 'npm run build');
const pages = articlePages(readPages(DIST));
const page = (urlPath: string) => pages.find((p) => p.urlPath === urlPath)!;

describe.each(pages.map((p) => [p.urlPath, p] as const))('content of %s', (_path, built) => {
	const main = built.root.querySelector('main')!;

	it('shows when it was last reviewed and lists its sources', () => {
		expect(main.querySelector('.page-meta time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(main.querySelectorAll('.page-sources li').length).toBeGreaterThan(0);
		expect(main.querySelector('.page-sources')?.text).toMatch(/not legal or immigration advice/);
	});

	it('cites no non-authoritative host, in its sources or its diagram steps', () => {
		const cited = main.querySelectorAll(
			'.page-sources a[href^="http"], .pd-detail-source a[href^="http"], #workforce-chart-table a',
		);
		const denied = cited.map((a) => a.getAttribute('href')!).filter((href) => deniedHost(href));
		expect(denied).toEqual([]);
	});

	it('cites or links no official page that has been replaced', () => {
		const links = main.querySelectorAll('a[href^="http"]').map((a) => a.getAttribute('href')!);
		expect(links.filter((href) => outdatedSource(href))).toEqual([]);
	});

	it('states no outdated claim as current', () => {
		// Paragraphs, list items and table cells make claims; headings, glossary metadata and scripts do not.
		const blocks = main.querySelectorAll('.sl-markdown-content :is(p, li, td, dd, blockquote):not(.glossary-meta)');
		expect(blocks.length).toBeGreaterThan(0);
		expect(blocks.flatMap((b) => findOutdatedClaims(b.text))).toEqual([]);
	});

	it('contains no placeholder text', () => {
		expect(main.text).not.toMatch(/\b(lorem ipsum|TBD|TODO|coming soon)\b/i);
	});
});

describe('the glossary page', () => {
	const glossary = page('/glossary/');
	it('has at least 55 entries, each an anchored heading', () => {
		const entries = glossary.root.querySelectorAll('.glossary-entry h3[id]');
		expect(entries.length).toBeGreaterThanOrEqual(55);
		for (const id of ['usmle', 'plab', 'mccqe', 'nac', 'amc', 'pres', 'nzrex', 'oet', 'ecfmg', 'carms']) {
			expect(glossary.root.querySelector(`h3#${id}`), id).not.toBeNull();
		}
	});
});

describe('acronyms in articles', () => {
	it('link to their glossary entry with the expansion in an <abbr>', () => {
		const usmle = page('/exams/usmle/').root.querySelector('a.term[href$="/glossary/#usmle"] abbr');
		expect(usmle?.getAttribute('title')).toBe('United States Medical Licensing Examination');
	});
});

describe('the FAQ page', () => {
	const faq = page('/faq/');
	it('answers at least 15 questions, each linking to a detail page', () => {
		const questions = faq.root.querySelectorAll('main .sl-markdown-content section h2[id]');
		expect(questions.length).toBeGreaterThanOrEqual(15);
	});
	it('publishes the same questions as FAQPage structured data', () => {
		const data = JSON.parse(faq.root.querySelector('script[type="application/ld+json"]')!.text);
		expect(data['@type']).toBe('FAQPage');
		const headings = faq.root.querySelectorAll('main .sl-markdown-content section h2[id]').map((h) => h.text.trim());
		expect(data.mainEntity.map((q: { name: string }) => q.name)).toEqual(headings);
	});
});

describe('the country pages', () => {
	it.each(PATHWAY_IDS)('/pathways/%s/ has a diagram whose every step is sourced and dated', (country) => {
		const diagram = page(`/pathways/${country}/`).root.querySelector('pathway-diagram')!;
		const details = diagram.querySelectorAll('.pd-detail');
		expect(details.length).toBeGreaterThanOrEqual(6);
		for (const d of details) {
			expect(d.querySelector('.pd-detail-source a[href^="https://"]'), d.id).not.toBeNull();
			expect(d.querySelector('.pd-detail-source time')?.getAttribute('datetime'), d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});
});

describe('pathway data downloads', () => {
	it.each(PATHWAY_IDS)('/pathways/%s.json holds the same steps as the diagram', async (country) => {
		const { readFileSync } = await import('node:fs');
		const data = JSON.parse(readFileSync(`${DIST}pathways/${country}.json`, 'utf8'));
		const diagramSteps = page(`/pathways/${country}/`)
			.root.querySelectorAll('.pd-node')
			.map((n) => n.getAttribute('data-step'));
		expect(data.page).toBe(`/pathways/${country}/`);
		expect(data.steps.map((s: { id: string }) => s.id).sort()).toEqual([...diagramSteps].sort());
		expect(data.steps.every((s: { source: { url: string } }) => s.source.url.startsWith('https://'))).toBe(true);
	});
});
