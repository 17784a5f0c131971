import { articleEmbedPath, diagramEmbedPath, pagePath, pathwayOfPage } from '../site/routes.ts';
import type { EmbedTarget } from './snippet.ts';

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
