// Kept free of zod: the search page's script uses it to answer a search about a rule that no longer applies.

/**
 * Lower-case words separated by single spaces, with digits split from letters ("Step2CS" → "step 2 cs") and the
 * roman numerals people write for exam parts turned into digits ("Part II" → "part 2").
 */
export function normaliseQuery(text: string): string {
	return text
		.toLowerCase()
		.replace(/(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/g, ' ')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.replace(/\b(part|step) (ii|i)\b/g, (_, word: string, numeral: string) => `${word} ${numeral.length}`);
}

/** The rules a search is about: those with a search term found, as whole words, in the query. */
export function rulesMatching<T extends { searchTerms: readonly string[] }>(query: string, rules: readonly T[]): T[] {
	const words = ` ${normaliseQuery(query)} `;
	if (words.trim().length < 2) return [];
	return rules.filter((rule) => rule.searchTerms.some((term) => words.includes(` ${normaliseQuery(term)} `)));
}
