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

/** A filter value from a URL that matches no value the index has; the page says it was ignored. */
export interface UnknownFilter {
	name: string;
	value: string;
}

/** How people write a filter value in a link: any case, dashes, underscores or pluses for spaces. */
function filterKey(value: string): string {
	return value
		.toLowerCase()
		.replace(/[-_+\s]+/g, ' ')
		.trim();
}

/**
 * Matches the filter values of a shared link to the values the index uses ("united-kingdom" →
 * "United Kingdom", "exam" → "Exam"), and sets aside values that match nothing, so a mistyped filter does
 * not leave the page stuck on "No results".
 */
export function matchFilters(
	filters: Record<string, string[]>,
	known: Record<string, readonly string[]>,
): { filters: Record<string, string[]>; unknown: UnknownFilter[] } {
	const matched: Record<string, string[]> = {};
	const unknown: UnknownFilter[] = [];
	for (const [name, values] of Object.entries(filters)) {
		for (const value of values) {
			const canonical = known[name]?.find((k) => filterKey(k) === filterKey(value));
			if (canonical) (matched[name] ??= []).push(canonical);
			else unknown.push({ name, value });
		}
	}
	return { filters: matched, unknown };
}
