import { describe, expect, it } from 'vitest';
import {
	findGlossaryEntry,
	groupByInitial,
	termKey,
	termsUsedIn,
	unknownTermMessage,
} from '../../../src/lib/glossary/lookup.ts';
import type { GlossaryEntry } from '../../../src/lib/glossary/schema.ts';

const entry = (term: string, aliases: string[] = []): GlossaryEntry => ({
	id: term.toLowerCase().replace(/\s+/g, '-'),
	term,
	expansion: `${term} expanded`,
	definition: 'A definition long enough.',
	country: 'international',
	page: '/glossary/',
	aliases,
	searchSpellings: [],
});
const entries = [entry('USMLE', ['Step 1']), entry('PGY-1'), entry('PLAB'), entry('1st term'), entry('OET')];

describe('glossary lookup', () => {
	it('ignores case, spaces and dashes', () => {
		expect(termKey('PGY 1')).toBe(termKey('pgy-1'));
		expect(findGlossaryEntry(entries, 'usmle')?.term).toBe('USMLE');
		expect(findGlossaryEntry(entries, 'PGY1')?.term).toBe('PGY-1');
	});
	it('finds an entry by alias', () => {
		expect(findGlossaryEntry(entries, 'step 1')?.term).toBe('USMLE');
	});
	it('returns nothing for an unknown term', () => {
		expect(findGlossaryEntry(entries, 'NCLEX')).toBeUndefined();
	});
	it('names the file and suggests near matches in the error for an unknown term', () => {
		const message = unknownTermMessage(entries, 'PLAB2', 'content/docs/exams/plab.mdx');
		expect(message).toContain('"PLAB2"');
		expect(message).toContain('content/docs/exams/plab.mdx');
		expect(message).toContain('did you mean "PLAB"');
	});
});

describe('glossary grouping', () => {
	it('groups by first letter, sorted, with digits under #', () => {
		const groups = groupByInitial(entries);
		expect(groups.map((g) => g.letter)).toEqual(['#', 'O', 'P', 'U']);
		expect(groups.find((g) => g.letter === 'P')!.entries.map((e) => e.term)).toEqual(['PGY-1', 'PLAB']);
	});
});

describe('terms used in a text', () => {
	const entries = [{ term: 'GMC' }, { term: 'PLAB' }, { term: 'CAT MCQ' }, { term: 'IMG' }];
	it('finds whole-word terms, A to Z, and not parts of other words', () => {
		expect(
			termsUsedIn(entries, ['Pass PLAB 1 and register with the GMC.', 'The AMC CAT MCQ exam.', 'IMGs apply.']),
		).toEqual([{ term: 'CAT MCQ' }, { term: 'GMC' }, { term: 'PLAB' }]);
	});
});
