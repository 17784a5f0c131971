import { describe, expect, it } from 'vitest';
import { embedTargets } from '../../../src/lib/embed/targets.ts';
import {
	articleEmbedPath,
	diagramEmbedPath,
	oembedPath,
	pathwayDataPath,
	pathwayOfPage,
	pathwayPagePath,
} from '../../../src/lib/site/routes.ts';

const absolute = (p: string) => `https://example.edu/guide${p}`;

describe('embed paths', () => {
	it('puts articles under /embed/article/ and diagrams under /embed/pathways/', () => {
		expect(articleEmbedPath('glossary')).toBe('/embed/article/glossary/');
		expect(articleEmbedPath('')).toBe('/embed/article/');
		expect(diagramEmbedPath('canada')).toBe('/embed/pathways/canada/');
		expect(oembedPath('pathways/canada')).toBe('/oembed/pathways/canada.json');
		expect(oembedPath('')).toBe('/oembed/index.json');
		expect(pathwayPagePath('canada')).toBe('/pathways/canada/');
		expect(pathwayDataPath('canada')).toBe('/pathways/canada.json');
	});
	it('knows which pages are country pages', () => {
		expect(pathwayOfPage('pathways/canada', ['canada'])).toBe('canada');
		expect(pathwayOfPage('pathways', ['canada'])).toBeUndefined();
		expect(pathwayOfPage('pathways/atlantis', ['canada'])).toBeUndefined();
	});
});

describe('embed targets', () => {
	it('prefers the diagram on a country page', () => {
		const t = embedTargets(
			{ routeId: 'pathways/canada', title: 'Canada: pathway for IMGs', country: 'Canada' },
			['canada'],
			absolute,
		);
		expect(t.preferred.embedUrl).toBe('https://example.edu/guide/embed/pathways/canada/');
		expect(t.article.embedUrl).toBe('https://example.edu/guide/embed/article/pathways/canada/');
		expect(t.preferred.pageUrl).toBe('https://example.edu/guide/pathways/canada/');
		expect(t.preferred.scriptUrl).toBe('https://example.edu/guide/embed.js');
	});
	it('embeds the article elsewhere', () => {
		const t = embedTargets({ routeId: 'glossary', title: 'Glossary' }, ['canada'], absolute);
		expect(t.diagram).toBeUndefined();
		expect(t.preferred).toBe(t.article);
	});
});
