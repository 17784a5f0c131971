import { z } from 'astro/zod';
import { sourceSchema } from '../content/fields.ts';

/** How far a state has got, in order: a law passed is not rules in force, which is not applications open. */
export const STATE_STATUSES = ['no-law', 'bill-pending', 'law-enacted', 'rules-in-force', 'applications-open'] as const;
export type StateStatus = (typeof STATE_STATUSES)[number];

/** Statuses at which a law exists, whatever stage its rules and applications are at. */
const WITH_LAW: readonly StateStatus[] = ['law-enacted', 'rules-in-force', 'applications-open'];

/** Whether a state has passed a law creating a route (a bill pending or no law at all do not count). */
export function hasLaw(state: { status: StateStatus }): boolean {
	return WITH_LAW.includes(state.status);
}

/** What the route leads to: a full (unrestricted) licence, or a licence limited to an employer or setting. */
export const LICENCE_KINDS = ['full', 'limited'] as const;

/**
 * Hosts of official sources for state data: state and federal government domains, plus the official bodies that
 * publish outside them. Anything else (law-firm posts, bill trackers, unofficial statute copies) is refused.
 */
const OFFICIAL_NON_GOVERNMENT_HOSTS = ['fsmb.org', 'ncmedboard.org', 'mainelegislature.org'];

export function isOfficialStateSource(url: string): boolean {
	const host = new URL(url).hostname.toLowerCase();
	return (
		/\.(gov|us)$/.test(host) ||
		OFFICIAL_NON_GOVERNMENT_HOSTS.some((official) => host === official || host.endsWith(`.${official}`))
	);
}

// Some legislatures still publish bill pages at http addresses; the address is cited as the body gives it.
const officialUrl = z
	.url({ protocol: /^https?$/, error: 'Use a web address (http or https)' })
	.refine(isOfficialStateSource, 'Cite an official page (a .gov or .us site, the FSMB, or the state board)');

/** A source for state data: the usual source fields, from an official host. */
const stateSourceSchema = sourceSchema.extend({ url: officialUrl });

/** The conditions a state's law sets, side by side; null where the law or board does not say. */
const conditionsSchema = z.strictObject({
	/** Years of practice or training abroad required. */
	practiceYears: z.number().min(0).max(20).nullable(),
	/** Postgraduate training required abroad, in words. */
	training: z.string().min(3).nullable(),
	/** Which USMLE Steps (or other exams), and when. */
	usmle: z.string().min(3).nullable(),
	/** Whether ECFMG Certification is required. */
	ecfmg: z.boolean().nullable(),
	/** Job offer or employer-type requirement. */
	offer: z.string().min(3).nullable(),
	/** Supervision or assessment while on the provisional licence. */
	supervision: z.string().min(3).nullable(),
	/** Length of the provisional licence, in years. */
	provisionalYears: z.number().min(0).max(20).nullable(),
	/** How and when the provisional licence becomes a full one. */
	pathToFull: z.string().min(3).nullable(),
	/** Immigration notes stated in the law or by the board. */
	immigration: z.string().min(3).nullable(),
});

/** One dated change in a state's status, with its source. */
const stateChangeSchema = z.strictObject({
	date: z.coerce.date(),
	summary: z.string().min(10),
	source: z.strictObject({ title: z.string().min(3), url: officialUrl }),
});

/** One jurisdiction's file: content/us-states/<state>.yaml. */
export const usStateSchema = z
	.strictObject({
		/** The state's name as readers know it. */
		state: z.string().min(4),
		/** USPS two-letter code. */
		code: z.string().regex(/^[A-Z]{2}$/, 'Use the two-letter USPS code, e.g. TN'),
		status: z.enum(STATE_STATUSES),
		/** Full or limited licence; null when there is no law. */
		licence: z.enum(LICENCE_KINDS).nullable(),
		/** What could not be confirmed from official sources, and why; null when everything was. */
		unconfirmed: z.string().min(10).nullable(),
		/** One to three plain sentences a reader sees first. */
		summary: z.string().min(20),
		/** The statute or bill; null when there is none. */
		law: z
			.strictObject({
				citation: z.string().min(3),
				enacted: z.coerce.date().nullable(),
				effective: z.coerce.date().nullable(),
				url: officialUrl.nullable(),
			})
			.nullable(),
		conditions: conditionsSchema.nullable(),
		sources: z.array(stateSourceSchema).min(1, 'Every state needs at least one official source'),
		/** When a person last checked this file against its sources. */
		lastVerified: z.coerce.date(),
		/** Dated history, oldest first. */
		changes: z.array(stateChangeSchema).default([]),
	})
	.superRefine((state, ctx) => {
		if (hasLaw(state) && !state.licence) {
			ctx.addIssue({
				code: 'custom',
				path: ['licence'],
				message: `A state with status "${state.status}" needs licence: full or limited`,
			});
		}
		if (!hasLaw(state) && state.licence) {
			ctx.addIssue({
				code: 'custom',
				path: ['licence'],
				message: `licence must be null while the status is "${state.status}"`,
			});
		}
		if (state.status !== 'no-law' && !state.law) {
			ctx.addIssue({
				code: 'custom',
				path: ['law'],
				message: `A state with status "${state.status}" needs its law or bill`,
			});
		}
	});
export type UsState = z.infer<typeof usStateSchema>;
