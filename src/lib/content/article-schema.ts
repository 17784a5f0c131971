import { z } from 'astro/zod';
import { COUNTRIES } from './countries.ts';
import { sourceSchema } from './fields.ts';
import { changeSchema } from '../changes/schema.ts';
import { EXAM_IDS } from '../changes/exams.ts';

/** What kind of page this is; search uses it to filter and weight results. */
export const PAGE_TYPES = ['article', 'pathway', 'exam', 'glossary'] as const;

/** Frontmatter every article must carry on top of Starlight's own fields. */
export const articleFields = z.object({
	/** One or two sentences for search results, social cards and the meta description. */
	description: z.string().min(30, 'Write a description of at least 30 characters'),
	/** The date a person last checked every claim on the page against its sources. */
	lastReviewed: z.coerce.date(),
	/** Official sources for the page's claims; at least one. */
	sources: z.array(sourceSchema).min(1, 'Every page needs at least one source'),
	/** Which country the page is about, for search filters. */
	country: z.enum(COUNTRIES).default('international'),
	/** What kind of page it is, for search filters and weighting. */
	pageType: z.enum(PAGE_TYPES).default('article'),
	/** Exams the page explains: its "Recent changes" list includes every change about them. */
	exams: z.array(z.enum(EXAM_IDS)).default([]),
	/** Dated changes to what the page explains that belong to no pathway step (see content/pathways for those). */
	changes: z.array(changeSchema).default([]),
});
