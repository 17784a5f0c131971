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
