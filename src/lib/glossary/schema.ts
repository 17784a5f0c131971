import { z } from 'astro/zod';
import { COUNTRIES } from '../content/countries.ts';
import { idField, sitePathField } from '../content/fields.ts';

/** One glossary entry; the entry's `id` is also its anchor on /glossary/ (e.g. /glossary/#usmle). */
export const glossaryEntrySchema = z.object({
	/** Anchor and lookup key: lower-case letters, digits and dashes. */
	id: idField,
	/** The acronym or term as people write it, e.g. "USMLE" or "PGY-1". */
	term: z.string().min(1),
	/** What the acronym stands for, e.g. "United States Medical Licensing Examination". */
	expansion: z.string().min(2),
	/** One plain-language sentence saying what it is. */
	definition: z.string().min(10),
	/** Which country uses the term, or "international". */
	country: z.enum(COUNTRIES),
	/** Site path of the page that explains it in detail, e.g. "/exams/usmle/". */
	page: sitePathField,
	/** Other spellings people search for, e.g. "Step 1" for USMLE. */
	aliases: z.array(z.string()).default([]),
	/** How people type the term in a hurry (run together, a common typo): indexed for search, never shown. */
	searchSpellings: z.array(z.string()).default([]),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
