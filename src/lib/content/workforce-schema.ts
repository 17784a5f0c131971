import { z } from 'astro/zod';
import { idField, sourceSchema } from './fields.ts';

/** One bar of the "IMG share of doctors" chart; every bar carries its own source and year. */
export const workforceShareSchema = z.object({
	/** Stable key, e.g. "united-kingdom" or "oecd-average". */
	id: idField,
	/** Label under the bar, e.g. "United Kingdom". */
	label: z.string().min(2),
	/** Percentage of doctors (0–100). */
	share: z.number().min(0).max(100),
	/** True when the source gives an approximate figure ("about 25%"). */
	approximate: z.boolean().default(false),
	/** The year the figure describes, e.g. "2021" or "2023/24". */
	year: z.string().regex(/^\d{4}(\/\d{2})?$/),
	/** What exactly is counted, in a few words (the denominators differ between countries). */
	measure: z.string().min(10),
	/** Where the figure comes from. */
	source: sourceSchema,
});
export type WorkforceShare = z.infer<typeof workforceShareSchema>;
