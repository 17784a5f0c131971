import type { GlossaryEntry } from './schema.ts';

/** Normalises a term for lookup: case, spacing and dash/slash differences are ignored. */
export function termKey(text: string): string {
	return text.toLowerCase().replace(/[\s\-–/.]+/g, '');
}

/** Finds the glossary entry for `text` by id, term or alias; undefined when there is none. */
export function findGlossaryEntry(entries: readonly GlossaryEntry[], text: string): GlossaryEntry | undefined {
	const key = termKey(text);
	return (
		entries.find((e) => e.id === text || termKey(e.term) === key) ??
		entries.find((e) => e.aliases.some((a) => termKey(a) === key))
	);
}

/** Builds the error message for an unknown term, suggesting near matches so the author can fix it fast. */
export function unknownTermMessage(entries: readonly GlossaryEntry[], text: string, file: string): string {
	const key = termKey(text);
	const near = entries
		.filter((e) => termKey(e.term).includes(key) || key.includes(termKey(e.term)))
		.slice(0, 3)
		.map((e) => `"${e.term}"`);
	return (
		`Unknown glossary term "${text}" in ${file}. ` +
		`Add it to content/glossary.yaml or use a known term` +
		(near.length ? ` (did you mean ${near.join(', ')}?)` : '.')
	);
}

/** Groups entries under their first letter (digits under "#"), letters and entries sorted A to Z. */
export function groupByInitial(entries: readonly GlossaryEntry[]): { letter: string; entries: GlossaryEntry[] }[] {
	const groups = new Map<string, GlossaryEntry[]>();
	const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
	for (const entry of sorted) {
		const first = entry.term[0]!.toUpperCase();
		const letter = /[A-Z]/.test(first) ? first : '#';
		groups.set(letter, [...(groups.get(letter) ?? []), entry]);
	}
	return [...groups].map(([letter, list]) => ({ letter, entries: list }));
}

/** The glossary entries whose term appears, as a whole word in its own case, in any of the texts (A to Z). */
export function termsUsedIn<T extends { term: string }>(entries: readonly T[], texts: readonly string[]): T[] {
	const all = texts.join('\n');
	const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return entries
		.filter((e) => new RegExp(`(?<![\\w-])${escape(e.term)}(?![\\w-])`).test(all))
		.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}
