const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "25 November 2026": day-month-year with the month spelled out, unambiguous in every English locale. */
export function formatDay(date: Date): string {
	return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Formats "2026" as "2026", "2026-05" as "May 2026" and "2026-05-14" as "14 May 2026". */
export function formatIsoDate(value: string): string {
	const [year, month, day] = value.split('-').map(Number);
	if (!month) return String(year);
	return day ? `${day} ${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${year}`;
}

/** The first moment of a date known to the year, month or day ("2025-06" → 1 June 2025, 00:00 UTC). */
export function startOfIsoDate(value: string): Date {
	const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, day));
}

/** The ISO date (YYYY-MM-DD) for a `<time datetime>` attribute. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}
