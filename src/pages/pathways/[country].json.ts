import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { pathwayPagePath } from '../../lib/site/routes.ts';
import { routeTotals } from '../../lib/pathway/costs.ts';

// /pathways/<country>.json: the validated pathway data, for reuse under the content licence.
export const getStaticPaths = (async () =>
	(await getCollection('pathways')).map((entry) => ({
		params: { country: entry.id },
		props: {
			data: {
				page: pathwayPagePath(entry.id),
				...entry.data,
				// Computed from the steps' fees and durations, as the page shows them (months; fees per currency).
				routeTotals: Object.fromEntries(
					entry.data.routes.map((r) => [r.id, routeTotals(entry.data.steps, entry.data.start, r.id)]),
				),
			},
		},
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const body = { licence: 'CC BY 4.0 (IMG Guide)', ...(props as { data: object }).data };
	return new Response(JSON.stringify(body, null, 2), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
