import { describe, expect, it } from 'vitest';
import { fixSearchButtonLabel } from '../../src/lib/search-button';

const starlightButton =
	'<button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="a"><svg aria-hidden="true"></svg>' +
	'<span class="sl-hidden md:sl-block a" aria-hidden="true">Search</span><kbd class="sl-hidden md:sl-flex a"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>';

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
	it('fails loudly when Starlight changes its markup', () => {
		expect(() => fixSearchButtonLabel('<button>Search</button>', 'Search')).toThrow(/markup changed/);
	});
});
