import { z } from 'astro/zod';
import { idField, isoMonthOrDayField, sourceSchema } from '../content/fields.ts';
import { CURRENCIES, DURATION_UNITS } from './costs.ts';

/** A fee paid to an official body at a step, as its official fee page states it. */
export const feeSchema = z.strictObject({
	/** What the fee is for, in plain words ("PLAB 1 exam fee"). */
	item: z.string().min(3).max(100),
	amount: z.number().nonnegative(),
	currency: z.enum(CURRENCIES),
	/** The date the amount applies from, as the official page gives it (YYYY-MM or YYYY-MM-DD). */
	asOf: isoMonthOrDayField,
	/** Set for fees charged per item ("per program"): shown with the step, left out of route totals. */
	per: z.string().min(3).max(40).optional(),
	/** Set when only some readers pay it (a surcharge, a retake): counted in the upper total only. */
	optional: z.boolean().default(false),
	/** The routes it applies to, when the step is shared but the fee is not. */
	routes: z.array(idField).min(1).optional(),
	/** One sentence for readers (who pays it, what it includes). */
	note: z.string().min(5).max(220).optional(),
	source: sourceSchema,
});
export type Fee = z.infer<typeof feeSchema>;

/** How long a step takes in calendar time, as an official page states it. */
export const durationSchema = z
	.strictObject({
		min: z.number().nonnegative(),
		max: z.number().nonnegative(),
		unit: z.enum(DURATION_UNITS),
		/** What the time covers ("from the exam to results"). */
		note: z.string().min(5).max(200),
		source: sourceSchema,
	})
	.refine((d) => d.min <= d.max, { message: 'min must not be more than max', path: ['min'] });
export type Duration = z.infer<typeof durationSchema>;
