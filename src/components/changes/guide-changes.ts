// Build time: every dated change in the guide, gathered from the pathway steps and the articles' frontmatter.
import { getCollection } from 'astro:content';
import { collectChanges, type ChangeEntry } from '../../lib/changes/collect.ts';
import { COUNTRIES, type Country } from '../../lib/content/countries.ts';

let all: Promise<ChangeEntry[]> | undefined;

/** Every change, newest first (gathered once per build). */
export function guideChanges(): Promise<ChangeEntry[]> {
	all ??= gather();
	return all;
}

async function gather(): Promise<ChangeEntry[]> {
	const [pathways, docs] = await Promise.all([getCollection('pathways'), getCollection('docs')]);
	return collectChanges(
		pathways.map((p) => ({ id: p.id, country: asCountry(p.id), countryName: p.data.country, steps: p.data.steps })),
		docs.map((d) => ({
			routeId: d.id === 'index' ? '' : d.id,
			title: d.data.title,
			country: d.data.country,
			changes: d.data.changes,
		})),
	);
}

function asCountry(pathwayId: string): Country {
	if (!(COUNTRIES as readonly string[]).includes(pathwayId))
		throw new Error(`content/pathways/${pathwayId}.yaml: the file name must be a country (${COUNTRIES.join(', ')})`);
	return pathwayId as Country;
}
