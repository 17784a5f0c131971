import { z } from 'astro/zod';
import { idField, sourceSchema } from '../content/fields.ts';
import { STAGES } from './answers.ts';

const isoCode = z.string().regex(/^[A-Z]{2}$/, 'Use an ISO 3166 alpha-2 code such as GB');
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case words joined by dashes');
const qualification = z.string().regex(/^[A-Z][A-Z0-9&]{1,11}$/, 'Use the upper-case short name, e.g. MRCGP');

const listTest = <T extends z.ZodType<string>>(item: T) =>
	z.union([z.strictObject({ any: z.array(item).min(1) }), z.strictObject({ all: z.array(item).min(1) })]);

/** Which answers pass: every key given must hold (see src/lib/finder/evaluate.ts). */
const testSchema = z
	.strictObject({
		stage: z.array(z.enum(STAGES)).min(1).optional(),
		degree: z.array(isoCode).min(1).optional(),
		trained: z.array(isoCode).min(1).optional(),
		specialty: z.array(kebab).min(1).optional(),
		english: z
			.array(z.enum(['yes', 'no']))
			.min(1)
			.optional(),
		years: z.strictObject({ min: z.number().int().min(0).max(60) }).optional(),
		qualification: listTest(qualification).optional(),
		passed: listTest(kebab).optional(),
		resident: listTest(isoCode).optional(),
		licensed: listTest(isoCode).optional(),
	})
	.refine((test) => Object.keys(test).length > 0, 'A test needs at least one answer to check');

/** One official requirement of a route, as the finder checks it. */
export const finderRuleSchema = z.strictObject({
	id: idField,
	/** The requirement in plain words, shown with the verdict. */
	requirement: z.string().min(10).max(200),
	test: z.union([testSchema, z.strictObject({ anyOf: z.array(testSchema).min(2) })]),
	/** What failing it means: the route is closed, possibly open, or open once the reader does this. */
	ifNot: z.enum(['closed', 'possible', 'todo']),
	/** Shown when the reader does not meet it. */
	explainNot: z.string().min(10).max(300),
	/** The official page that states the requirement. */
	source: sourceSchema,
	lastVerified: z.coerce.date(),
});

/** content/routes/<pathway id>.yaml: the finder's rules for each route of that pathway. */
export const routeRulesSchema = z.strictObject({
	routes: z.record(
		idField,
		z.strictObject({
			/** What the finder cannot check for this route, in one or two sentences. */
			notes: z.string().min(10).max(400),
			rules: z.array(finderRuleSchema).min(1),
		}),
	),
});
export type RouteRules = z.infer<typeof routeRulesSchema>;

/** content/finder.yaml: what the finder's questions offer; every exam, qualification and specialty a rule names. */
export const finderVocabularySchema = z.strictObject({
	exams: z.record(kebab, z.string().min(3)),
	qualifications: z.record(qualification, z.string().min(3)),
	specialties: z.record(kebab, z.string().min(3)),
});
export type FinderVocabulary = z.infer<typeof finderVocabularySchema>;

/** content/equivalences.yaml: a step done for one country that counts toward another's. */
export const equivalenceSchema = z.strictObject({
	id: idField,
	from: z.strictObject({ pathway: idField, step: idField }),
	to: z.strictObject({ pathway: idField, step: idField }),
	/** What counts, and on which conditions, in one sentence. */
	says: z.string().min(20).max(220),
	source: sourceSchema,
	lastVerified: z.coerce.date(),
});
export type Equivalence = z.infer<typeof equivalenceSchema>;
