// Build time: everything the route finder shows, gathered and checked once. A mismatch between the rules, the
// equivalences, the vocabulary and the pathways stops the build, naming the file and the field.
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { findFinderProblems } from '../../lib/finder/check.ts';
import { routeTotals, type RouteTotals } from '../../lib/pathway/costs.ts';
import { isOnRoute } from '../../lib/pathway/view.ts';
import type { Equivalence } from '../../lib/finder/schema.ts';

countries.registerLocale(english);

export interface FinderRoute {
	id: string;
	label: string;
	description: string;
	notes: string;
	rules: import('astro:content').CollectionEntry<'routeRules'>['data']['routes'][string]['rules'];
	totals: RouteTotals;
	/** Steps of this route that count toward another country's pathway. */
	alsoCounts: (Equivalence & { toCountry: string; toStepTitle: string; fromStepTitle: string })[];
}

export interface FinderCountry {
	id: string;
	name: string;
	routes: FinderRoute[];
}

export async function finderData() {
	const [pathways, rules, [vocabulary], equivalences] = await Promise.all([
		getCollection('pathways'),
		getCollection('routeRules'),
		getCollection('finderVocabulary'),
		getCollection('equivalences'),
	]);
	if (!vocabulary) throw new AstroError('content/finder.yaml is missing.', 'The route finder needs its vocabulary.');
	const problems = findFinderProblems({
		pathways: pathways.map((p) => ({ id: p.id, routes: p.data.routes, steps: p.data.steps })),
		rules: rules.map((r) => ({ pathway: r.id, routes: r.data.routes })),
		vocabulary: vocabulary.data,
		equivalences: equivalences.map((e) => e.data),
	});
	if (problems.length)
		throw new AstroError(
			`The route finder's data does not agree with the pathways:\n${problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n')}`,
			'Fix the named fields.',
		);
	const byId = new Map(pathways.map((p) => [p.id, p.data]));
	const stepTitle = (pathway: string, step: string) => byId.get(pathway)!.steps.find((s) => s.id === step)!.title;
	const result: FinderCountry[] = pathways.map(({ id, data }) => ({
		id,
		name: data.country,
		routes: data.routes.map((route) => {
			const routeData = rules.find((r) => r.id === id)!.data.routes[route.id]!;
			return {
				id: route.id,
				label: route.label,
				description: route.description,
				notes: routeData.notes,
				rules: routeData.rules,
				totals: routeTotals(data.steps, data.start, route.id),
				alsoCounts: equivalences
					.map((e) => e.data)
					.filter(
						(e) =>
							e.from.pathway === id &&
							isOnRoute(
								data.steps.find((s) => s.id === e.from.step)!,
								route.id,
							),
					)
					.map((e) => ({
						...e,
						toCountry: byId.get(e.to.pathway)!.country,
						toStepTitle: stepTitle(e.to.pathway, e.to.step),
						fromStepTitle: stepTitle(id, e.from.step),
					})),
			};
		}),
	}));
	// Medical schools and training can be anywhere: every country, by its English name.
	const allCountries = Object.entries(countries.getNames('en', { select: 'official' }))
		.map(([code, name]) => ({ code, name }))
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
	return { countries: result, vocabulary: vocabulary.data, allCountries };
}
