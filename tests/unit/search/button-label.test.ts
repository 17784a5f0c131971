import { describe, expect, it } from 'vitest';
import { fixSearchButtonLabel } from '../../../src/lib/search/button-label.ts';

const starlightButton =
	'<button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="a"><svg aria-hidden="true"></svg>' +
	'<span class="sl-hidden md:sl-block a" aria-hidden="true">Search</span>' +
	'<kbd class="sl-hidden md:sl-flex a"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>';

describe('the search button label fix', () => {
	const fixed = fixSearchButtonLabel(starlightButton, 'Search');

	it('drops the aria-label so the name comes from the visible text', () => {
		expect(fixed).not.toContain('aria-label=');
		expect(fixed).toContain('aria-keyshortcuts="Control+K"');
	});
	it('exposes the visible "Search" label and adds a screen-reader copy for narrow screens', () => {
		expect(fixed).toContain('<span class="sl-hidden md:sl-block a">Search</span>');
		expect(fixed).toContain('<span class="sr-only md:sl-hidden">Search</span>');
	});
	it('copes with extra attributes in any order, as the dev server adds them', () => {
		const dev = starlightButton
			.replace('<button data-open-modal', '<button data-astro-source-file="x" data-open-modal')
			.replace('aria-hidden="true">Search', 'data-astro-source-loc="1:2" aria-hidden="true" data-x="y">Search');
		const out = fixSearchButtonLabel(dev, 'Search');
		expect(out).not.toContain('aria-label=');
		expect(out).toContain(
			'<button data-astro-source-file="x" data-open-modal disabled aria-keyshortcuts="Control+K" class="a">' +
				'<span class="sr-only md:sl-hidden">Search</span>',
		);
		expect(out).toContain('data-astro-source-loc="1:2" data-x="y">Search</span>');
	});
	it('fails loudly when Starlight changes its markup', () => {
		expect(() => fixSearchButtonLabel('<button>Search</button>', 'Search')).toThrow(/markup changed/);
	});
});
