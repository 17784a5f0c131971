import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { absoluteUrl } from '../../lib/site/absolute-url.ts';
import { oembedResponse } from '../../lib/embed/snippet.ts';
import { embedTargets } from '../../lib/embed/targets.ts';

// One static oEmbed response per page (JSON only: a static host cannot switch on ?format=).
export const getStaticPaths = (async () => {
	const pathways = await getCollection('pathways');
	const pathwayIds = pathways.map((p) => p.id);
	const pathwayCountry = new Map(pathways.map((p) => [p.id, p.data.country]));
	return (await getCollection('docs')).map((entry) => {
		const routeId = entry.id === 'index' ? '' : entry.id;
		return {
			params: { id: routeId || 'index' },
			props: {
				routeId,
				title: entry.data.title,
				pathwayIds,
				country: pathwayCountry.get(routeId.replace(/^pathways\//, '')),
			},
		};
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
	const { routeId, title, pathwayIds, country } = props as {
		routeId: string;
		title: string;
		pathwayIds: string[];
		country?: string;
	};
	const { preferred } = embedTargets({ routeId, title, country }, pathwayIds, (p) => absoluteUrl(p, site));
	return new Response(JSON.stringify(oembedResponse(preferred, absoluteUrl('/', site)), null, 2), {
		headers: { 'content-type': 'application/json+oembed; charset=utf-8' },
	});
};
