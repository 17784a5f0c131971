import type { PathwayLayout } from './layout.ts';
import { previousSteps } from './graph.ts';

/** The parts of a step the view needs. */
interface ViewStep {
	id: string;
	title: string;
	routes?: string[] | undefined;
	requires: string[];
	next: { to: string; label?: string | undefined }[];
}

/** A step's neighbours, in words and ids, for the "Next:" / "Requires:" lines and arrow-key moves. */
export interface StepRelations {
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
				next: s.next.map((e) => ({ id: e.to, title: titleOf.get(e.to) ?? e.to, label: e.label })),
				previous: (prev.get(s.id) ?? []).map((id) => ({ id, title: titleOf.get(id) ?? id })),
				requires: s.requires.map((id) => ({ id, title: titleOf.get(id) ?? id })),
			},
		]),
	);
}

/** "Next: PLAB 1 (PLAB route) or Sponsorship." — the sentence a screen reader hears for a step's way forward. */
export function nextSentence(relations: StepRelations): string {
	if (relations.next.length === 0) return 'This is the end of the pathway.';
	const items = relations.next.map((n) => (n.label ? `${n.title} (${n.label})` : n.title));
	return `Next: ${joinOr(items)}.`;
}

/** "Requires: English language test." or an empty string. */
export function requiresSentence(relations: StepRelations): string {
	return relations.requires.length ? `Requires: ${relations.requires.map((r) => r.title).join(', ')}.` : '';
}

function joinOr(items: string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Whether a step belongs to a route: steps without a `routes` list are on every route. */
export function isOnRoute(step: { routes?: string[] | undefined }, routeId: string | undefined): boolean {
	return !routeId || !step.routes || step.routes.includes(routeId);
}
