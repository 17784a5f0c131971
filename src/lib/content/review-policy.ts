import { isoDay } from './dates.ts';

/** Pages and pathway steps are re-checked at least this often (the About page's review policy says so). */
export const REVIEW_INTERVAL_MONTHS = 6;

/** The day after which something last checked on `checked` is overdue for review. */
export function reviewDueAfter(checked: Date, months = REVIEW_INTERVAL_MONTHS): Date {
	const due = new Date(checked);
	due.setUTCMonth(due.getUTCMonth() + months);
	return due;
}

/** Whether something last checked on `checked` is overdue for review on `today`. */
export function isOverdue(checked: Date, today: Date, months = REVIEW_INTERVAL_MONTHS): boolean {
	return today.getTime() > reviewDueAfter(checked, months).getTime();
}

/**
 * Attributes for a "may be out of date" notice about something checked on `checked`: hidden until it is overdue on
 * build day, with the due date for src/scripts/stale-notice.ts to reveal it later on a copy that is not rebuilt.
 */
export function staleNoticeAttributes(checked: Date, today: Date = new Date()): { 'data-review-due': string; hidden: boolean } {
	return { 'data-review-due': isoDay(reviewDueAfter(checked)), hidden: !isOverdue(checked, today) };
}
