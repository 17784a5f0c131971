import { z } from 'astro/zod';
import { COUNTRIES } from '../content/countries.ts';
import { idField, sitePathField, sourceSchema } from '../content/fields.ts';
import { EXAM_IDS } from './exams.ts';
import { changeDateField } from './schema.ts';

/** A regular expression written as /pattern/flags, checked to compile. */
const regexField = z
	.string()
	.regex(/^\/.+\/[imsu]*$/s, 'Write a regular expression as /pattern/flags')
	.refine((text) => {
		try {
			parseRegex(text);
			return true;
		} catch {
			return false;
		}
	}, 'This regular expression does not compile');

/** "/Step 2 CS/i" → the RegExp it names. */
export function parseRegex(text: string): RegExp {
	const slash = text.lastIndexOf('/');
	return new RegExp(text.slice(1, slash), text.slice(slash + 1));
}

/** A rule that no longer applies (content/superseded.yaml), with what replaced it. */
export const supersededRuleSchema = z.strictObject({
	id: idField,
	/** The old rule, as people still state it. */
	rule: z.string().min(10).max(160),
	/** What applies instead, in plain words. */
	now: z.string().min(20).max(400),
	/** When the old rule stopped applying. */
	since: changeDateField,
	countries: z.array(z.enum(COUNTRIES)).min(1),
	exams: z.array(z.enum(EXAM_IDS)).default([]),
	/** Searches that should show this answer first, lower-case ("step 2 cs"). */
	searchTerms: z
		.array(z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'Write search terms as lower-case words and digits'))
		.min(1),
	/** The page of the guide that explains the current rule. */
	page: sitePathField,
	source: sourceSchema,
	lastVerified: z.coerce.date(),
	/** How the content rules recognise a page stating the old rule as current (tools/lib/content-rules.ts). */
	detect: z
		.strictObject({
			topic: regexField,
			/** A regex, or "requirement" for the shared list of requirement words. */
			assertedWhen: z.union([z.literal('requirement'), regexField]).optional(),
			/** Words that show the sentence treats the rule as past, instead of the shared past-or-negated list. */
			allowedWhen: regexField.optional(),
			/** Words that show it too, on top of the shared past-or-negated list. */
			alsoAllowedWhen: regexField.optional(),
		})
		.optional(),
});
export type SupersededRule = z.infer<typeof supersededRuleSchema>;
