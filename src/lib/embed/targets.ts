import type { EmbedTarget } from './snippet.ts';

/** Site path of a page from its Starlight route id ("" is the home page). */
export function pagePath(routeId: string): string {
	return routeId ? `/${routeId}/` : '/';
}

/** Where an article's chrome-less copy lives: /embed/article/<article path>/. */
export function articleEmbedPath(routeId: string): string {
	return routeId ? `/embed/article/${routeId}/` : '/embed/article/';
}

/** Where a country's diagram lives on its own: /embed/pathways/<country>/. */
export function diagramEmbedPath(pathwayId: string): string {
	return `/embed/pathways/${pathwayId}/`;
}

/** The static oEmbed response for a page: /oembed/<article path>.json (home: /oembed/index.json). */
export function oembedPath(routeId: string): string {
	return `/oembed/${routeId || 'index'}.json`;
}

/** The pathway a country page shows, when the page is one ("pathways/canada" → "canada"). */
export function pathwayOfPage(routeId: string, pathwayIds: readonly string[]): string | undefined {
	const match = routeId.match(/^pathways\/([a-z-]+)$/);
	return match && pathwayIds.includes(match[1]!) ? match[1] : undefined;
}

/** Heights snippets start at before auto-height takes over. */
const DIAGRAM_HEIGHT = 1000;
const ARTICLE_HEIGHT = 800;

/** Everything a snippet or oEmbed response needs for a page: its diagram (country pages) or the article. */
export function embedTargets(
	page: { routeId: string; title: string; country?: string | undefined },
	pathwayIds: readonly string[],
	absolute: (sitePath: string) => string,
): { article: EmbedTarget; diagram: EmbedTarget | undefined; preferred: EmbedTarget } {
	const scriptUrl = absolute('/embed.js');
	const pageUrl = absolute(pagePath(page.routeId));
	const article: EmbedTarget = {
		embedUrl: absolute(articleEmbedPath(page.routeId)),
		pageUrl,
		title: page.title,
		height: ARTICLE_HEIGHT,
		scriptUrl,
	};
	const pathway = pathwayOfPage(page.routeId, pathwayIds);
	const diagram: EmbedTarget | undefined = pathway
		? {
				embedUrl: absolute(diagramEmbedPath(pathway)),
				pageUrl,
				title: `${page.country ?? pathway} pathway diagram (IMG Guide)`,
				height: DIAGRAM_HEIGHT,
				scriptUrl,
			}
		: undefined;
	return { article, diagram, preferred: diagram ?? article };
}
