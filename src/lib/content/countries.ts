// Kept free of zod so browser scripts (the search page's filters) can use it.

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
