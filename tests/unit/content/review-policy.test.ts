import { describe, expect, it } from 'vitest';
import { isOverdue, reviewDueAfter } from '../../../src/lib/content/review-policy.ts';

describe('the review policy', () => {
	const checked = new Date('2026-12-01');
	it('makes a page due for review six months after its last check', () => {
		expect(reviewDueAfter(checked).toISOString().slice(0, 10)).toBe('2027-06-01');
	});
	it('calls a page overdue only after that day', () => {
		expect(isOverdue(checked, new Date('2027-06-01'))).toBe(false);
		expect(isOverdue(checked, new Date('2027-06-02'))).toBe(true);
	});
});
