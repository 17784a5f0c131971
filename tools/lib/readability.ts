import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
import { sentences } from './content-rules.ts';

/** Flesch–Kincaid grade level of prose; acronyms count as one syllable per letter group, as they are read. */
export function readingGrade(text: string): { grade: number; words: number; sentences: number } {
	const sentenceList = sentences(text);
	const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
	const syllables = words.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
	if (words.length === 0) return { grade: 0, words: 0, sentences: 0 };
	const grade = fleschKincaid({ sentence: Math.max(1, sentenceList.length), word: words.length, syllable: syllables });
	return { grade: Math.round(grade * 10) / 10, words: words.length, sentences: sentenceList.length };
}
