import { PagefindUI } from '@pagefind/default-ui';
import { matchFilters, readSearchState, writeSearchState, URL_FILTERS } from '../lib/search/url-state.ts';
import { openTopResultOnEnter } from './search-enter.ts';
import { showAnswer, type AnswerRule, type AnswerText } from './search-answer.ts';

/** Runs the search page: Pagefind's UI, primed from ?q= and filter parameters, mirrored back into the URL. */
class SearchPage extends HTMLElement {
	connectedCallback(): void {
		const container = this.querySelector<HTMLElement>('.search-page-ui')!;
		const ui = new PagefindUI({
			element: container,
			bundlePath: this.dataset.bundlePath,
			baseUrl: this.dataset.baseUrl,
			ranking: JSON.parse(this.dataset.ranking ?? '{}') as Record<string, number>,
			showSubResults: true,
			showImages: false,
			autofocus: true,
			openFilters: URL_FILTERS,
		});
		// Pagefind's box has only a title; name it by the visible label above it (WCAG 2.5.3, 3.3.2).
		container.querySelector('.pagefind-ui__search-input')?.setAttribute('aria-labelledby', 'search-page-label');
		const state = readSearchState(window.location.search);
		const known = JSON.parse(this.dataset.filterValues ?? '{}') as Record<string, string[]>;
		const { filters, unknown } = matchFilters(state.filters, known);
		if (Object.keys(filters).length) ui.triggerFilters(filters);
		// Say which filters of the link were ignored, as text only (never as HTML).
		this.querySelector<HTMLElement>('.search-page-notice')!.textContent = unknown
			.map((u) => (this.dataset.unknownFilter ?? '').replace('{filter}', u.name).replace('{value}', u.value))
			.join(' ');
		const answerBox = this.querySelector<HTMLElement>('.search-answer')!;
		const answerRules = JSON.parse(answerBox.dataset.rules ?? '[]') as AnswerRule[];
		const answerText = JSON.parse(answerBox.dataset.text ?? '{}') as AnswerText;
		const answer = (query: string) => showAnswer(answerBox, answerRules, query, answerText);
		if (state.query) {
			ui.triggerSearch(state.query);
			answer(state.query);
		}

		const sync = () => {
			const query = container.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.value ?? '';
			answer(query);
			const filters: Record<string, string[]> = {};
			for (const box of container.querySelectorAll<HTMLInputElement>('.pagefind-ui__filter-checkbox:checked')) {
				const group =
					box.closest('details')?.querySelector('.pagefind-ui__filter-name')?.textContent?.trim().toLowerCase() ?? '';
				if ((URL_FILTERS as readonly string[]).includes(group)) (filters[group] ??= []).push(box.value);
			}
			try {
				history.replaceState(history.state, '', writeSearchState(new URL(window.location.href), { query, filters }));
			} catch {
				/* A sandboxed frame may refuse; search works the same. */
			}
		};
		container.addEventListener('input', sync);
		container.addEventListener('change', sync);
		openTopResultOnEnter(container);
	}
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
