import { COUNTRY_NAMES, type Country } from '../content/countries.ts';

/**
 * Pagefind ranking, passed to Starlight (the search dialog and /search/) and to the query tests.
 * Chosen against the query table in tests/output/search.test.ts:
 * - termSimilarity high: an exact acronym ("PLAB") beats a longer word that merely starts with it.
 * - termFrequency and pageLength low: long country pages mention every exam in passing; a term's
 *   own short page or glossary entry should not lose to them on word count.
 * - termSaturation moderate: repeating a term many times stops helping early.
 */
export const SEARCH_RANKING = {
	termFrequency: 0.4,
	pageLength: 0.2,
	termSaturation: 1.2,
	termSimilarity: 6,
};

/** Search filter labels for page types. */
export const PAGE_TYPE_LABELS = {
	article: 'Article',
	pathway: 'Country pathway',
	exam: 'Exam',
	glossary: 'Glossary',
} as const;

/** The values a page contributes to the search filters. */
export function searchFilters(data: { country: Country; pageType: keyof typeof PAGE_TYPE_LABELS }): {
	country: string;
	type: string;
} {
	return { country: COUNTRY_NAMES[data.country], type: PAGE_TYPE_LABELS[data.pageType] };
}

/** The glossary entries a page explains: those whose `page` points at it (ignoring the anchor). */
export function termsExplainedOn<T extends { page: string }>(entries: readonly T[], sitePath: string): T[] {
	return entries.filter((e) => e.page.split('#')[0] === sitePath);
}
