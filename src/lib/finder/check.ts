// Build time: the finder's data must agree with the pathways and with its own vocabulary.
import { listItems, testsOf, type Test } from './evaluate.ts';

export interface FinderDataProblem {
	file: string;
	field: string;
	message: string;
}

interface PathwayShape {
	id: string;
	routes: readonly { id: string }[];
	steps: readonly { id: string }[];
}
interface RulesShape {
	pathway: string;
	routes: Record<string, { rules: readonly { id: string; test: Test | { anyOf: readonly Test[] } }[] }>;
}
interface VocabularyShape {
	exams: Record<string, string>;
	qualifications: Record<string, string>;
	specialties: Record<string, string>;
}
interface EquivalenceShape {
	id: string;
	from: { pathway: string; step: string };
	to: { pathway: string; step: string };
}

/**
 * Every mismatch between the rules, the equivalences, the vocabulary and the pathways: a route with no rules or
 * rules for no route, a duplicate rule id, an exam, qualification or specialty the questions do not offer, an
 * equivalence naming a step that does not exist.
 */
export function findFinderProblems(data: {
	pathways: readonly PathwayShape[];
	rules: readonly RulesShape[];
	vocabulary: VocabularyShape;
	equivalences: readonly EquivalenceShape[];
}): FinderDataProblem[] {
	const problems: FinderDataProblem[] = [];
	const ruleIds = new Set<string>();
	for (const pathway of data.pathways) {
		const file = `content/routes/${pathway.id}.yaml`;
		const rules = data.rules.find((r) => r.pathway === pathway.id);
		if (!rules) {
			problems.push({ file, field: 'routes', message: `missing: every pathway needs finder rules for its routes` });
			continue;
		}
		for (const route of pathway.routes)
			if (!rules.routes[route.id])
				problems.push({ file, field: `routes.${route.id}`, message: `no rules for the route "${route.id}"` });
		for (const [routeId, route] of Object.entries(rules.routes)) {
			if (!pathway.routes.some((r) => r.id === routeId))
				problems.push({
					file,
					field: `routes.${routeId}`,
					message: `content/pathways/${pathway.id}.yaml has no route "${routeId}"`,
				});
			route.rules.forEach((rule, i) => {
				const field = `routes.${routeId}.rules.${i}`;
				if (ruleIds.has(rule.id))
					problems.push({ file, field: `${field}.id`, message: `duplicate rule id "${rule.id}"` });
				ruleIds.add(rule.id);
				for (const test of testsOf(rule)) {
					for (const [key, list, vocabulary] of [
						['passed', test.passed, data.vocabulary.exams],
						['qualification', test.qualification, data.vocabulary.qualifications],
					] as const) {
						for (const name of list ? listItems(list) : [])
							if (!Object.hasOwn(vocabulary, name))
								problems.push({
									file,
									field: `${field}.test.${key}`,
									message: `"${name}" is not listed in content/finder.yaml`,
								});
					}
					for (const name of test.specialty ?? [])
						if (!Object.hasOwn(data.vocabulary.specialties, name))
							problems.push({
								file,
								field: `${field}.test.specialty`,
								message: `"${name}" is not listed in content/finder.yaml`,
							});
				}
			});
		}
	}
	for (const rules of data.rules)
		if (!data.pathways.some((p) => p.id === rules.pathway))
			problems.push({
				file: `content/routes/${rules.pathway}.yaml`,
				field: 'routes',
				message: 'no pathway has this name',
			});
	data.equivalences.forEach((equivalence, i) => {
		for (const end of ['from', 'to'] as const) {
			const { pathway, step } = equivalence[end];
			const found = data.pathways.find((p) => p.id === pathway)?.steps.some((s) => s.id === step);
			if (!found)
				problems.push({
					file: 'content/equivalences.yaml',
					field: `${i}.${end}`,
					message: `no step "${step}" in content/pathways/${pathway}.yaml`,
				});
		}
	});
	return problems;
}
