import { escapeHtml } from '../site/escape-html.ts';
/**
 * Starlight's search button is named by aria-label="Search" while it also shows "Search Ctrl K",
 * which fails WCAG 2.5.3 Label in Name (axe: label-content-name-mismatch). This rewrites the
 * rendered button so its name comes from its visible text: the visible "Search" label is exposed,
 * and on narrow screens, where that label is hidden, a screen-reader-only copy names it.
 * Throws when Starlight's markup changes, so an upgrade cannot silently bring the problem back.
 */
export function fixSearchButtonLabel(html: string, label: string): string {
	// Attribute order varies (the dev server adds data-astro-source-* attributes), so match loosely.
	const button = /<button((?:\s[^>]*?)?\sdata-open-modal(?:\s[^>]*?)?) aria-label="[^"]*"([^>]*)>/;
	const visibleLabel = /(<span class="sl-hidden md:sl-block[^"]*"[^>]*?) aria-hidden="true"([^>]*)>/;
	if (!button.test(html) || !visibleLabel.test(html)) {
		throw new Error(
			"src/lib/search/button-label.ts: Starlight's search button markup changed; update fixSearchButtonLabel() " +
				'so the button is still named by its visible text (axe rule label-content-name-mismatch).',
		);
	}
	return html
		.replace(button, `<button$1$2><span class="sr-only md:sl-hidden">${escapeHtml(label)}</span>`)
		.replace(visibleLabel, '$1$2>');
}
