/** The parts of a pathway the graph checks need; kept structural so tests can pass plain objects. */
export interface GraphInput {
	start: string;
	routes: { id: string }[];
	steps: readonly {
		id: string;
		routes?: string[] | undefined;
		requires?: string[] | undefined;
		branches?: 'choice' | 'all' | undefined;
		next: { to: string }[];
	}[];
}

/** A problem with a pathway's graph, with the path of the field at fault (as Zod reports it). */
export interface GraphProblem {
	path: (string | number)[];
	message: string;
}

/**
 * Finds everything wrong with a pathway's graph: duplicate ids, unknown ids in `start`, `next`,
 * `requires` or `routes`, cycles, steps unreachable from the start, and a graph with no end.
 */
export function findGraphProblems(pathway: GraphInput): GraphProblem[] {
	const problems: GraphProblem[] = [];
	const indexById = new Map<string, number>();
	pathway.steps.forEach((step, i) => {
		if (indexById.has(step.id)) {
			problems.push({
				path: ['steps', i, 'id'],
				message: `Duplicate step id "${step.id}" (also used by step ${indexById.get(step.id)})`,
			});
		} else {
			indexById.set(step.id, i);
		}
	});
	const routeIds = new Set(pathway.routes.map((r) => r.id));
	if (!indexById.has(pathway.start)) {
		problems.push({ path: ['start'], message: `Start step "${pathway.start}" is not one of the steps` });
	}
	pathway.steps.forEach((step, i) => {
		step.next.forEach((edge, j) => {
			if (!indexById.has(edge.to))
				problems.push({
					path: ['steps', i, 'next', j],
					message: `Step "${step.id}" points to unknown step "${edge.to}"`,
				});
			if (edge.to === step.id)
				problems.push({ path: ['steps', i, 'next', j], message: `Step "${step.id}" points to itself` });
		});
		(step.requires ?? []).forEach((id, j) => {
			if (!indexById.has(id))
				problems.push({
					path: ['steps', i, 'requires', j],
					message: `Step "${step.id}" requires unknown step "${id}"`,
				});
		});
		if (step.branches === 'all' && step.next.length < 2) {
			problems.push({
				path: ['steps', i, 'branches'],
				message: `Step "${step.id}" says its next steps are all needed ("branches: all") but has fewer than two`,
			});
		}
		(step.routes ?? []).forEach((id, j) => {
			if (!routeIds.has(id))
				problems.push({ path: ['steps', i, 'routes', j], message: `Step "${step.id}" names unknown route "${id}"` });
		});
	});
	if (!pathway.steps.some((s) => s.next.length === 0)) {
		problems.push({ path: ['steps'], message: 'The pathway has no end: at least one step must have no "next" steps' });
	}
	const cycle = findCycle(pathway.steps);
	if (cycle)
		problems.push({
			path: ['steps', indexById.get(cycle[0]!) ?? 0, 'next'],
			message: `The pathway has a cycle: ${cycle.join(' → ')}`,
		});
	if (indexById.has(pathway.start)) {
		const reached = reachableFrom(pathway.start, pathway.steps);
		pathway.steps.forEach((step, i) => {
			if (!reached.has(step.id))
				problems.push({
					path: ['steps', i, 'id'],
					message: `Step "${step.id}" cannot be reached from the start step "${pathway.start}"`,
				});
		});
	}
	return problems;
}

/** Ids of every step reachable from `start` by following `next` edges (start included). */
export function reachableFrom(start: string, steps: GraphInput['steps']): Set<string> {
	const nextById = new Map(steps.map((s) => [s.id, s.next.map((e) => e.to)]));
	const seen = new Set<string>();
	const queue = [start];
	while (queue.length) {
		const id = queue.shift()!;
		if (seen.has(id)) continue;
		seen.add(id);
		queue.push(...(nextById.get(id) ?? []));
	}
	return seen;
}

/** Returns one cycle as a list of ids (first id repeated at the end), or undefined when the graph is acyclic. */
export function findCycle(steps: GraphInput['steps']): string[] | undefined {
	const nextById = new Map(steps.map((s) => [s.id, s.next.map((e) => e.to)]));
	const state = new Map<string, 'visiting' | 'done'>();
	const trail: string[] = [];
	const visit = (id: string): string[] | undefined => {
		if (state.get(id) === 'done' || !nextById.has(id)) return undefined;
		if (state.get(id) === 'visiting') return [...trail.slice(trail.indexOf(id)), id];
		state.set(id, 'visiting');
		trail.push(id);
		for (const to of nextById.get(id)!) {
			if (to === id) continue; // reported separately as a self-reference
			const found = visit(to);
			if (found) return found;
		}
		trail.pop();
		state.set(id, 'done');
		return undefined;
	};
	for (const step of steps) {
		const found = visit(step.id);
		if (found) return found;
	}
	return undefined;
}

/** Ids of the steps that lead into each step (the reverse of `next`). */
export function previousSteps(steps: GraphInput['steps']): Map<string, string[]> {
	const prev = new Map<string, string[]>(steps.map((s) => [s.id, []]));
	for (const step of steps) for (const edge of step.next) prev.get(edge.to)?.push(step.id);
	return prev;
}
