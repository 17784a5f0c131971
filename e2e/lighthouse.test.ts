import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuilt } from '../tests/support/dist.ts';
import { serveStatic, type StaticServer } from '../tools/lib/static-server.ts';
import { runLighthouse } from '../tools/lib/lighthouse.ts';

// Lighthouse's mobile preset in the system Chromium. Scores that depend on timing (performance) are
// reported by `npm run bench`; here only the deterministic categories and layout shift are asserted.
const PAGE_TYPES = {
	home: '/',
	article: '/understanding/what-does-img-mean/',
	pathway: '/pathways/united-kingdom/',
	glossary: '/glossary/',
	search: '/search/?q=PLAB',
};

let server: StaticServer;
beforeAll(async () => {
	requireBuilt(DIST, 'npm run build');
	server = await serveStatic(DIST);
});
afterAll(async () => server?.close());

describe('Lighthouse', () => {
	it.each(Object.entries(PAGE_TYPES))(
		'scores 100 for accessibility, best practices and SEO on the %s page',
		async (_type, path) => {
			const report = await runLighthouse(`${server.origin}${path}`, ['accessibility', 'best-practices', 'seo']);
			expect(report.failing).toEqual([]);
			expect(report.scores).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
		},
	);

	it('scores 100 for accessibility and best practices on an embed page, whose only SEO miss is its deliberate noindex', async () => {
		const report = await runLighthouse(`${server.origin}/embed/pathways/united-kingdom/`, [
			'accessibility',
			'best-practices',
			'seo',
		]);
		expect(report.scores.accessibility).toBe(100);
		expect(report.scores['best-practices']).toBe(100);
		expect(report.failing).toEqual(['is-crawlable']);
	});

	it.each(['/pathways/united-kingdom/', '/embed/pathways/united-kingdom/'])(
		'measures no layout shift on %s (the diagram enhances in place)',
		async (path) => {
			const report = await runLighthouse(`${server.origin}${path}`, ['performance']);
			expect(report.metrics.cls).toBe(0);
		},
	);
});
