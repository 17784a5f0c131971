import { z } from 'astro/zod';

/** Countries a page can be about; "international" covers pages that span several. */
export const COUNTRIES = [
	'united-states',
	'united-kingdom',
	'canada',
	'australia',
	'ireland',
	'new-zealand',
	'international',
] as const;
export type Country = (typeof COUNTRIES)[number];

/** Display names for the country keys, used by search filters and page labels. */
export const COUNTRY_NAMES: Record<Country, string> = {
	'united-states': 'United States',
	'united-kingdom': 'United Kingdom',
	canada: 'Canada',
	australia: 'Australia',
	ireland: 'Ireland',
	'new-zealand': 'New Zealand',
	international: 'International',
};

/** What kind of page this is; search uses it to filter and weight results. */
export const PAGE_TYPES = ['article', 'pathway', 'exam', 'glossary'] as const;

/** A month ("2026-05") or a day ("2026-05-14"): sources are recorded at the precision we actually know. */
const isoMonthOrDay = z
	.string()
	.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'Use YYYY-MM or YYYY-MM-DD');

/** One cited source. Only official bodies belong here (see tests/build/content-integrity). */
export const sourceSchema = z.object({
	/** Title of the page or document as the publisher gives it. */
	title: z.string().min(3),
	/** The organisation that published it, e.g. "General Medical Council". */
	publisher: z.string().min(2),
	/** Absolute https URL of the page. */
	url: z.url({ protocol: /^https$/, error: 'Sources must be https URLs' }),
	/** When the source was last read for this page. */
	accessed: isoMonthOrDay,
});
export type Source = z.infer<typeof sourceSchema>;

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
});
