import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/integrations/link-check.ts';

const fixture = new URL('../fixtures/broken-site/guide/', import.meta.url).pathname;

describe('the built-site link checker', () => {
	const broken = findBrokenLinks(fixture, { base: '/guide/', siteOrigin: 'http://localhost:4321' });
	const refs = broken.map((b) => b.ref).sort();

	it('reports a missing page, a missing anchor, a missing asset and a link that escapes the base path', () => {
		expect(refs).toEqual(['/about/', '/guide/about/#missing-anchor', '/guide/missing.png', '/guide/nowhere/']);
	});

	it('says what is wrong with each reference', () => {
		expect(broken.find((b) => b.ref === '/about/')?.problem).toMatch(/escapes the base path \/guide\//);
		expect(broken.find((b) => b.ref.endsWith('#missing-anchor'))?.problem).toMatch(
			/no element with id "missing-anchor"/,
		);
		expect(broken.find((b) => b.ref === '/guide/nowhere/')?.problem).toMatch(/no file/);
	});

	it('accepts relative links, same-page anchors and stylesheets that exist', () => {
		expect(refs).not.toContain('../');
		expect(refs).not.toContain('#top');
		expect(refs).not.toContain('/guide/style.css');
	});
});
