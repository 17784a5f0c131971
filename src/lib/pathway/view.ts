import type { PathwayLayout } from './layout.ts';
import { previousSteps } from './graph.ts';

/** The parts of a step the view needs. */
interface ViewStep {
	id: string;
	title: string;
	routes?: string[] | undefined;
	requires: string[];
	next: { to: string; label?: string | undefined }[];
	/** Whether the next steps are a choice ("or", the default) or all needed in any order ("and"). */
	branches?: 'choice' | 'all' | undefined;
}

/** A step's neighbours, in words and ids, for the "Next:" / "Requires:" lines and arrow-key moves. */
export interface StepRelations {
	/** "choice": the reader takes one of the next steps; "all": every next step, in any order. */
	branches: 'choice' | 'all';
	next: { id: string; title: string; label?: string | undefined }[];
	previous: { id: string; title: string }[];
	requires: { id: string; title: string }[];
}

/**
 * Steps in reading order: a topological order that follows one branch to its end before starting
 * the next (leftmost branch first), so a route reads as a run of consecutive steps in the stepper
 * view and in Tab order. A step comes only after every step that leads into it.
 */
export function readingOrder<S extends { id: string; next: { to: string }[] }>(
	steps: readonly S[],
	layout: PathwayLayout,
): S[] {
	const byId = new Map(steps.map((s) => [s.id, s]));
	const waiting = new Map(steps.map((s) => [s.id, 0]));
	for (const s of steps) for (const e of s.next) waiting.set(e.to, (waiting.get(e.to) ?? 0) + 1);
	const x = (id: string) => layout.nodes[id]?.x ?? 0;
	// A stack, so the most recently unlocked branch continues first; rightmost pushed first, leftmost popped first.
	const stack = steps.filter((s) => waiting.get(s.id) === 0).sort((a, b) => x(b.id) - x(a.id));
	const order: S[] = [];
	while (stack.length) {
		const step = stack.pop()!;
		order.push(step);
		const unlocked = step.next
			.map((e) => e.to)
			.filter((to) => {
				waiting.set(to, waiting.get(to)! - 1);
				return waiting.get(to) === 0;
			})
			.sort((a, b) => x(b) - x(a));
		stack.push(...unlocked.map((id) => byId.get(id)!));
	}
	return order;
}

/** Builds every step's relations, so the page can say "Next: PLAB 2 (PLAB route)" in words. */
export function stepRelations(steps: readonly ViewStep[]): Map<string, StepRelations> {
	const titleOf = new Map(steps.map((s) => [s.id, s.title]));
	const prev = previousSteps(steps);
	return new Map(
		steps.map((s) => [
			s.id,
			{
				branches: s.branches ?? 'choice',
				next: s.next.map((e) => ({ id: e.to, title: titleOf.get(e.to) ?? e.to, label: e.label })),
				previous: (prev.get(s.id) ?? []).map((id) => ({ id, title: titleOf.get(id) ?? id })),
				requires: s.requires.map((id) => ({ id, title: titleOf.get(id) ?? id })),
			},
		]),
	);
}

/** The words relation sentences are made of; the diagram passes the page language's (src/i18n). */
export interface RelationWords {
	/** Before a choice of next steps: "Next:". */
	next: string;
	/** Before next steps that are all needed, in any order: "Next, in any order:". */
	nextAll: string;
	/** Before the steps a step requires: "Requires:". */
	requires: string;
	/** Said by a step with nothing after it. */
	end: string;
	/** Joins the last two items of a choice: "or". */
	or: string;
	/** Joins the last two items of a set that is all needed: "and". */
	and: string;
}

export const ENGLISH_RELATION_WORDS: RelationWords = {
	next: 'Next:',
	nextAll: 'Next, in any order:',
	requires: 'Requires:',
	end: 'This is the end of the pathway.',
	or: 'or',
	and: 'and',
};

/** A piece of a relation sentence: plain text, or a step the page links to. */
export type RelationPart = { text: string } | { step: { id: string; title: string } };

/**
 * "Next: PLAB 1 (PLAB route) or Sponsorship." or, when every next step is needed, "Next, in any order:
 * Step 1, Step 2 CK and OET." One function writes the sentence for the diagram boxes, the step details and
 * screen readers, so the "and" versus "or" is said the same way everywhere.
 */
export function nextParts(relations: StepRelations, words: RelationWords = ENGLISH_RELATION_WORDS): RelationPart[] {
	if (relations.next.length === 0) return [{ text: words.end }];
	const all = relations.branches === 'all';
	const items = relations.next.map((n): RelationPart[] => [
		{ step: { id: n.id, title: n.title } },
		...(n.label ? [{ text: ` (${n.label})` }] : []),
	]);
	return [
		{ text: `${all ? words.nextAll : words.next} ` },
		...joinParts(items, all ? words.and : words.or),
		{ text: '.' },
	];
}

/** "Requires: English language test." or nothing. */
export function requiresParts(relations: StepRelations, words: RelationWords = ENGLISH_RELATION_WORDS): RelationPart[] {
	if (!relations.requires.length) return [];
	const items = relations.requires.map((r): RelationPart[] => [{ step: r }]);
	return [{ text: `${words.requires} ` }, ...joinParts(items, words.and), { text: '.' }];
}

/** The plain text of a relation sentence. */
export function partsText(parts: readonly RelationPart[]): string {
	return parts.map((p) => ('text' in p ? p.text : p.step.title)).join('');
}

/** "Next: PLAB 1 (PLAB route) or Sponsorship." as plain text. */
export function nextSentence(relations: StepRelations, words?: RelationWords): string {
	return partsText(nextParts(relations, words));
}

/** "Requires: English language test." as plain text, or an empty string. */
export function requiresSentence(relations: StepRelations, words?: RelationWords): string {
	return partsText(requiresParts(relations, words));
}

/** "A, B or C": items separated by commas, the last two by the conjunction. */
function joinParts(items: RelationPart[][], conjunction: string): RelationPart[] {
	return items.flatMap((item, i) => {
		if (i === 0) return item;
		return [{ text: i === items.length - 1 ? ` ${conjunction} ` : ', ' }, ...item];
	});
}

/** Whether a step belongs to a route: steps without a `routes` list are on every route. */
export function isOnRoute(step: { routes?: readonly string[] | undefined }, routeId: string | undefined): boolean {
	return !routeId || !step.routes || step.routes.includes(routeId);
}
