import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { guideChanges } from '../../../components/changes/guide-changes.ts';
import { changesAtomFeed } from '../../../lib/changes/atom.ts';
import { absoluteUrl } from '../../../lib/site/absolute-url.ts';
import { changesFeedPath, pathwayPagePath } from '../../../lib/site/routes.ts';

// /pathways/<country>/changes.xml: the changes about one country (its steps and its pages) as an Atom feed.
export const getStaticPaths = (async () =>
	(await getCollection('pathways')).map((entry) => ({
		params: { country: entry.id },
		props: { name: entry.data.country },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
	const country = params.country!;
	return new Response(
		changesAtomFeed({
			title: `IMG Guide: what changed in ${(props as { name: string }).name}`,
			feedPath: changesFeedPath(country),
			pagePath: pathwayPagePath(country),
			changes: (await guideChanges()).filter((change) => change.country === country),
			absolute: (path) => absoluteUrl(path, site),
		}),
		{ headers: { 'content-type': 'application/atom+xml; charset=utf-8' } },
	);
};
