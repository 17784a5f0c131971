// Build time: every dated change in the guide, gathered from the pathway steps and the articles' frontmatter.
import { getCollection } from 'astro:content';
import { collectChanges, type ChangeEntry } from '../../lib/changes/collect.ts';
import type { Country } from '../../lib/content/countries.ts';
import { pagePath, pathwayPagePath } from '../../lib/site/routes.ts';

let all: Promise<ChangeEntry[]> | undefined;

/** Every change, newest first (gathered once per build). */
export function guideChanges(): Promise<ChangeEntry[]> {
	all ??= gather();
	return all;
}

async function gather(): Promise<ChangeEntry[]> {
	const [pathways, docs] = await Promise.all([getCollection('pathways'), getCollection('docs')]);
	// A pathway's changes belong to the country its article is about (content/docs/pathways/<id>.mdx).
	const countryOf = (pathwayId: string): Country =>
		docs.find((d) => pagePath(d.id) === pathwayPagePath(pathwayId))?.data.country ?? 'international';
	return collectChanges(
		pathways.map((p) => ({ id: p.id, country: countryOf(p.id), countryName: p.data.country, steps: p.data.steps })),
		docs.map((d) => ({
			routeId: d.id === 'index' ? '' : d.id,
			title: d.data.title,
			country: d.data.country,
			changes: d.data.changes,
		})),
	);
}
