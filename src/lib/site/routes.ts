// Every site path the guide builds from an id lives here, so a page, its embed, its data and its oEmbed
// response can never disagree about where the others are.

/** Site path of a page from its Starlight route id ("" is the home page). */
export function pagePath(routeId: string): string {
	return routeId ? `/${routeId}/` : '/';
}

/** The article page that shows a pathway: /pathways/<pathway id>/. */
export function pathwayPagePath(pathwayId: string): string {
	return `/pathways/${pathwayId}/`;
}

/** Where a step's details are on its pathway page (the section exists without JavaScript). */
export function stepPath(pathwayId: string, stepId: string): string {
	return `${pathwayPagePath(pathwayId)}#step-${stepId}`;
}

/** A pathway page showing only one route of its diagram. */
export function pathwayRoutePath(pathwayId: string, routeId: string): string {
	return `${pathwayPagePath(pathwayId)}?route=${routeId}`;
}

/** The pathway's data as JSON: /pathways/<pathway id>.json. */
export function pathwayDataPath(pathwayId: string): string {
	return `/pathways/${pathwayId}.json`;
}

/** The pathway a page shows, when the page is a pathway's article ("pathways/canada" → "canada"). */
export function pathwayOfPage(routeId: string, pathwayIds: readonly string[]): string | undefined {
	return pathwayIds.find((id) => pagePath(routeId) === pathwayPagePath(id));
}

/** The list of every change in the guide. */
export const CHANGES_PAGE_PATH = '/changes/';

/** The Atom feed of every change (/changes.xml), or of one pathway's country (/pathways/<id>/changes.xml). */
export function changesFeedPath(pathwayId?: string): string {
	return pathwayId ? `${pathwayPagePath(pathwayId)}changes.xml` : '/changes.xml';
}

/** Where an article's chrome-less copy lives: /embed/article/<article path>/. */
export function articleEmbedPath(routeId: string): string {
	return routeId ? `/embed/article/${routeId}/` : '/embed/article/';
}

/** Where a country's diagram lives on its own: /embed/pathways/<pathway id>/. */
export function diagramEmbedPath(pathwayId: string): string {
	return `/embed/pathways/${pathwayId}/`;
}

/** The static oEmbed response for a page: /oembed/<article path>.json (home: /oembed/index.json). */
export function oembedPath(routeId: string): string {
	return `/oembed/${routeId || 'index'}.json`;
}

/** The US state tracker page (a page of src/pages, not an article), and where its data downloads live. */
export const US_STATES_TRACKER = {
	routeId: 'pathways/united-states/states',
	title: 'US state alternative-licensure tracker',
};
export const US_STATES_JSON_PATH = '/pathways/united-states/states.json';
export const US_STATES_CSV_PATH = '/pathways/united-states/states.csv';

/** Pages outside the docs collection that are embeddable and answer oEmbed, with their titles. */
export const EMBEDDABLE_EXTRA_PAGES: readonly { routeId: string; title: string }[] = [US_STATES_TRACKER];

/**
 * Whether a Starlight page has an Embed button and an oEmbed response: every article (a file in content/docs),
 * and the extra pages above; not the 404 or the search page.
 */
export function isEmbeddablePage(page: { routeId: string; filePath: string | undefined }): boolean {
	return (
		(page.filePath?.startsWith('content/docs/') ?? false) ||
		EMBEDDABLE_EXTRA_PAGES.some((p) => p.routeId === page.routeId)
	);
}
