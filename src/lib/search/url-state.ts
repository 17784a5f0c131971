/** The search state a /search/ URL can carry: a query and filter choices from an allow-list. */
export interface SearchState {
	query: string;
	filters: Record<string, string[]>;
}

/** Filter names the search page reads from and writes to the URL; anything else is ignored. */
export const URL_FILTERS = ['country', 'type'] as const;

/** Reads ?q= and the allowed filters; values are plain strings used only as DOM properties, never as HTML. */
export function readSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: Record<string, string[]> = {};
	for (const name of URL_FILTERS) {
		const values = params.getAll(name).filter((v) => v.length > 0 && v.length <= 60);
		if (values.length) filters[name] = values;
	}
	return { query: (params.get('q') ?? '').slice(0, 200), filters };
}

/** Writes the state back into a URL's search string, dropping empty values. */
export function writeSearchState(url: URL, state: SearchState): URL {
	const next = new URL(url);
	next.search = '';
	if (state.query) next.searchParams.set('q', state.query);
	for (const name of URL_FILTERS) for (const value of state.filters[name] ?? []) next.searchParams.append(name, value);
	return next;
}
