import { z } from 'astro/zod';
import { sourceSchema } from '../content/fields.ts';
import { EXAM_IDS } from './exams.ts';

/** When a change happened, at the precision the source gives: a year, a month or a day. */
export const changeDateField = z
	.string()
	.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'Use YYYY, YYYY-MM or YYYY-MM-DD');

/** One dated change to a rule, a step or a page (a pathway step's or an article's `changes` list). */
export const changeSchema = z.strictObject({
	date: changeDateField,
	/** One plain sentence saying what changed. */
	summary: z.string().min(10).max(220),
	/** The official page that states the change. */
	source: sourceSchema,
	/** Exams the change concerns, for the /changes/ filter and the exam pages' lists. */
	exams: z.array(z.enum(EXAM_IDS)).default([]),
	/** Set when only secondary reports confirm it: readers see "reported, not confirmed". */
	reported: z.boolean().default(false),
});
export type Change = z.infer<typeof changeSchema>;
