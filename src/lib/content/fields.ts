import { z } from 'astro/zod';
import { ID_PATTERN } from '../site/ids.ts';

/** An id: lower-case letters, digits and dashes (see ID_PATTERN). */
export const idField = z.string().regex(ID_PATTERN, 'Use lower-case letters, digits and dashes');

/** A path on this site with an optional anchor, e.g. "/exams/usmle/" or "/glossary/#usmle". */
export const sitePathField = z
	.string()
	.regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'Use a site path such as /exams/usmle/');

/** A month ("2026-05") or a day ("2026-05-14"): sources are recorded at the precision we actually know. */
export const isoMonthOrDayField = z
	.string()
	.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'Use YYYY-MM or YYYY-MM-DD');

/** One cited source. Only official bodies belong here (tools/lib/content-rules.ts denies the rest). */
export const sourceSchema = z.object({
	/** Title of the page or document as the publisher gives it. */
	title: z.string().min(3),
	/** The organisation that published it, e.g. "General Medical Council". */
	publisher: z.string().min(2),
	/** Absolute https URL of the page. */
	url: z.url({ protocol: /^https$/, error: 'Sources must be https URLs' }),
	/** When the source was last read for this page. */
	accessed: isoMonthOrDayField,
});
export type Source = z.infer<typeof sourceSchema>;
