import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { absoluteUrl } from '../../lib/site/absolute-url.ts';
import { oembedResponse } from '../../lib/embed/snippet.ts';
import { embedTargets } from '../../lib/embed/targets.ts';
import { EMBEDDABLE_EXTRA_PAGES } from '../../lib/site/routes.ts';

// One static oEmbed response per page (JSON only: a static host cannot switch on ?format=).
export const getStaticPaths = (async () => {
	const pathways = await getCollection('pathways');
	const pathwayIds = pathways.map((p) => p.id);
	const pathwayCountry = new Map(pathways.map((p) => [p.id, p.data.country]));
	const pages = [
		...(await getCollection('docs')).map((entry) => ({
			routeId: entry.id === 'index' ? '' : entry.id,
			title: entry.data.title,
		})),
		...EMBEDDABLE_EXTRA_PAGES,
	];
	return pages.map(({ routeId, title }) => ({
		params: { id: routeId || 'index' },
		props: { routeId, title, pathwayIds, country: pathwayCountry.get(routeId.replace(/^pathways\//, '')) },
	}));
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
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
