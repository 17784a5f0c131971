import { STATE_STATUSES, hasLaw, type StateStatus, type UsState } from './schema.ts';

/** The counts a page states in words, computed from the data so they are never typed by hand. */
export function trackerCounts(states: readonly Pick<UsState, 'status' | 'licence'>[]) {
	const count = (test: (s: (typeof states)[number]) => boolean) => states.filter(test).length;
	return {
		jurisdictions: states.length,
		full: count((s) => hasLaw(s) && s.licence === 'full'),
		limited: count((s) => hasLaw(s) && s.licence === 'limited'),
		byStatus: Object.fromEntries(STATE_STATUSES.map((status) => [status, count((s) => s.status === status)])) as Record<
			StateStatus,
			number
		>,
	};
}

/** The most recent check of any state: the date the page's counts hold for. */
export function lastVerified(states: readonly Pick<UsState, 'lastVerified'>[]): Date {
	return new Date(Math.max(...states.map((s) => s.lastVerified.getTime())));
}

/** States in table order: furthest along first, then by name. */
export function byProgress<S extends Pick<UsState, 'status' | 'state'>>(states: readonly S[]): S[] {
	const rank = (s: S) => STATE_STATUSES.length - STATE_STATUSES.indexOf(s.status);
	return [...states].sort((a, b) => rank(a) - rank(b) || a.state.localeCompare(b.state));
}

/**
 * Where each jurisdiction sits on the tile map (row, column): a grid that keeps neighbours roughly together.
 * A visual summary only; the table says everything the map shows.
 */
export const TILE_GRID: Record<string, [row: number, column: number]> = {
	AK: [0, 0],
	ME: [0, 10],
	VT: [1, 9],
	NH: [1, 10],
	WA: [2, 0],
	ID: [2, 1],
	MT: [2, 2],
	ND: [2, 3],
	MN: [2, 4],
	IL: [2, 5],
	WI: [2, 6],
	MI: [2, 7],
	NY: [2, 8],
	RI: [2, 9],
	MA: [2, 10],
	OR: [3, 0],
	NV: [3, 1],
	WY: [3, 2],
	SD: [3, 3],
	IA: [3, 4],
	IN: [3, 5],
	OH: [3, 6],
	PA: [3, 7],
	NJ: [3, 8],
	CT: [3, 9],
	CA: [4, 0],
	UT: [4, 1],
	CO: [4, 2],
	NE: [4, 3],
	MO: [4, 4],
	KY: [4, 5],
	WV: [4, 6],
	VA: [4, 7],
	MD: [4, 8],
	DE: [4, 9],
	AZ: [5, 1],
	NM: [5, 2],
	KS: [5, 3],
	AR: [5, 4],
	TN: [5, 5],
	NC: [5, 6],
	SC: [5, 7],
	DC: [5, 8],
	OK: [6, 3],
	LA: [6, 4],
	MS: [6, 5],
	AL: [6, 6],
	GA: [6, 7],
	HI: [7, 0],
	TX: [7, 3],
	FL: [7, 8],
};

/** The columns of the downloads and the table, in order. */
export const DOWNLOAD_COLUMNS = [
	'state',
	'code',
	'status',
	'licence',
	'unconfirmed',
	'lawCitation',
	'lawEnacted',
	'lawUrl',
	'practiceYears',
	'usmle',
	'ecfmg',
	'offer',
	'supervision',
	'provisionalYears',
	'pathToFull',
	'immigration',
	'lastVerified',
	'sources',
] as const;

const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);

/** One flat record per state: the same fields the JSON download and the CSV carry. */
export function flatRecord(s: UsState): Record<(typeof DOWNLOAD_COLUMNS)[number], string | number | boolean | null> {
	return {
		state: s.state,
		code: s.code,
		status: s.status,
		licence: s.licence,
		unconfirmed: s.unconfirmed,
		lawCitation: s.law?.citation ?? null,
		lawEnacted: day(s.law?.enacted),
		lawUrl: s.law?.url ?? null,
		practiceYears: s.conditions?.practiceYears ?? null,
		usmle: s.conditions?.usmle ?? null,
		ecfmg: s.conditions?.ecfmg ?? null,
		offer: s.conditions?.offer ?? null,
		supervision: s.conditions?.supervision ?? null,
		provisionalYears: s.conditions?.provisionalYears ?? null,
		pathToFull: s.conditions?.pathToFull ?? null,
		immigration: s.conditions?.immigration ?? null,
		lastVerified: day(s.lastVerified),
		sources: s.sources.map((source) => source.url).join(' '),
	};
}

/** RFC 4180 CSV: a header row, then one row per state; fields with commas, quotes or line breaks are quoted. */
export function toCsv(states: readonly UsState[]): string {
	const cell = (value: string | number | boolean | null) => {
		const text = value === null ? '' : String(value);
		return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	const rows = states.map((s) => {
		const record = flatRecord(s);
		return DOWNLOAD_COLUMNS.map((column) => cell(record[column])).join(',');
	});
	return `${[DOWNLOAD_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
