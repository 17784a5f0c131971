import { z } from 'astro/zod';
import { idField, sourceSchema } from '../content/fields.ts';
import { STEP_KINDS } from './step-kinds.ts';
import { findGraphProblems } from './graph.ts';
import { changeSchema } from '../changes/schema.ts';
import { durationSchema, feeSchema } from './costs-schema.ts';

/** An edge to a following step; `label` names the branch ("Competent Authority route"). */
const nextSchema = z.union([
	idField.transform((to) => ({ to, label: undefined as string | undefined })),
	z.strictObject({ to: idField, label: z.string().min(2).optional() }),
]);

/** One step of a pathway. */
export const stepSchema = z.strictObject({
	/** Unique within the file; used in URLs (?step=plab-2). */
	id: idField,
	/** Short name shown in the diagram box. */
	title: z.string().min(2).max(60),
	/** What kind of step this is. */
	kind: z.enum(STEP_KINDS),
	/** One sentence shown under the title. */
	summary: z.string().min(10).max(220),
	/** Longer explanation in Markdown, shown when the step is opened. */
	details: z.string().min(10),
	/** The exam's or assessment's format ("3 hours; 180 questions"), only where a source states it. */
	format: z.string().optional(),
	/** Fees paid to official bodies at this step, from their fee pages. */
	fees: z.array(feeSchema).default([]),
	/** Why no fee is given when an official fee page could not confirm one (shown to readers). */
	feesUnconfirmed: z.string().min(10).max(220).optional(),
	/** How long the step takes, where an official page says. */
	duration: durationSchema.optional(),
	/** Route ids this step belongs to; leave out when every route passes through it. */
	routes: z.array(idField).optional(),
	/** Steps that must be done first but are not on the edge into this one (said in words). */
	requires: z.array(idField).default([]),
	/** How the next steps relate: "choice" (the reader takes one: "or") or "all" (every one, in any order: "and"). */
	branches: z.enum(['choice', 'all']).default('choice'),
	/** Steps that follow; an empty list marks an end of the pathway. */
	next: z.array(nextSchema).default([]),
	/** The official page for this step. */
	source: sourceSchema,
	/** When the step was last checked against its source. */
	lastVerified: z.coerce.date(),
	/** Dated changes to this step, newest or oldest first (the site sorts them). */
	changes: z.array(changeSchema).default([]),
});
export type PathwayStep = z.infer<typeof stepSchema>;

/** A named path through the graph that a person can pick. */
export const routeSchema = z.strictObject({
	id: idField,
	/** Short label for the filter, e.g. "PLAB route". */
	label: z.string().min(2),
	/** Who this route is for, in one sentence. */
	description: z.string().min(10),
});

/** One country's pathway file (content/pathways/<country>.yaml). */
export const pathwaySchema = z
	.strictObject({
		/** Country name as shown to readers. */
		country: z.string().min(2),
		/** One or two sentences introducing the diagram. */
		intro: z.string().min(10),
		/** Id of the first step. */
		start: idField,
		/** Named routes; at least one. */
		routes: z.array(routeSchema).min(1),
		/** Every step in the pathway. */
		steps: z.array(stepSchema).min(2),
	})
	.superRefine((pathway, ctx) => {
		for (const problem of findGraphProblems(pathway)) {
			ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
		}
	});
export type Pathway = z.infer<typeof pathwaySchema>;
