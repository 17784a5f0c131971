import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/lib/site/options.ts';
import { DIST, DIST_BASE, TEST_BASE, articlePages, readPages, requireBuilt } from '../support/dist.ts';

requireBuilt(DIST, 'npm run build');
const pages = readPages(DIST);

describe.each(articlePages(pages).map((p) => [p.urlPath, p] as const))('page %s', (urlPath, page) => {
	const head = page.root.querySelector('head')!;
	const content = (selector: string) => head.querySelector(selector)?.getAttribute('content') ?? '';

	it('declares its language', () => {
		expect(page.root.querySelector('html')?.getAttribute('lang')).toBe('en');
	});
	it('has a title and a description', () => {
		expect(head.querySelector('title')?.text.trim().length).toBeGreaterThan(5);
		expect(content('meta[name="description"]').length).toBeGreaterThan(30);
	});
	it('has a canonical URL pointing at itself', () => {
		expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
			new URL(urlPath, DEFAULT_SITE_URL).href,
		);
	});
	it('has Open Graph and Twitter card meta with a social image', () => {
		expect(content('meta[property="og:title"]')).not.toBe('');
		expect(content('meta[property="og:description"]')).not.toBe('');
		expect(content('meta[property="og:image"]')).toBe(`${DEFAULT_SITE_URL}/og-image.png`);
		expect(content('meta[name="twitter:card"]')).not.toBe('');
	});
});

describe('the base-path build', () => {
	it('puts the base path in canonical URLs and the social image', () => {
		requireBuilt(DIST_BASE, 'npm run build:base');
		const home = readPages(DIST_BASE, TEST_BASE).find((p) => p.file === 'index.html')!;
		expect(home.root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
			`${DEFAULT_SITE_URL}${TEST_BASE}`,
		);
		expect(home.root.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
			`${DEFAULT_SITE_URL}${TEST_BASE}og-image.png`,
		);
	});
});

describe('site-wide files', () => {
	it('has a 404 page and a sitemap listing every article page', async () => {
		const { readFileSync } = await import('node:fs');
		expect(pages.some((p) => p.file === '404.html')).toBe(true);
		const sitemap = readFileSync(`${DIST}sitemap-0.xml`, 'utf8');
		for (const page of articlePages(pages))
			expect(sitemap).toContain(`<loc>${new URL(page.urlPath, DEFAULT_SITE_URL).href}</loc>`);
	});
});
