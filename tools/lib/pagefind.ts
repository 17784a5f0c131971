import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One search hit, with the sub-result (anchored heading) that matched best, if any. */
export interface SearchHit {
	url: string;
	title: string;
	subUrl: string | undefined;
	filters: Record<string, string[]>;
}

interface PagefindModule {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(q: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindData {
	url: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	excerpt: string;
	sub_results: {
		url: string;
		title: string;
		excerpt: string;
		weighted_locations?: { weight: number; balanced_score: number }[];
	}[];
}

/** The sub-result (anchored section) that matched most strongly; Pagefind lists them in page order. */
function bestSubResult(subs: PagefindData['sub_results']): string | undefined {
	const score = (s: PagefindData['sub_results'][number]) =>
		(s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
	return [...subs].sort((a, b) => score(b) - score(a))[0]?.url;
}

let installed = false;
/** Bytes Pagefind has fetched so far (what a browser would download for the same searches). */
export let fetchedBytes = 0;
/** Lets Pagefind's browser bundle read its index from disk: it fetches file:// URLs, which Node's fetch refuses. */
function installFileFetch(): void {
	if (installed) return;
	installed = true;
	const networkFetch = globalThis.fetch;
	globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		if (!url.startsWith('file:')) return networkFetch(input, init);
		const body = await readFile(fileURLToPath(url));
		fetchedBytes += body.length;
		return new Response(body);
	};
}

/** Loads the real built Pagefind index from `dist` with the site's ranking options. */
export async function loadSearch(dist: string, ranking: Record<string, unknown>) {
	installFileFetch();
	const bundle = join(dist, 'pagefind/');
	const pagefind = (await import(pathToFileURL(join(bundle, 'pagefind.js')).href)) as PagefindModule;
	await pagefind.options({ basePath: pathToFileURL(bundle).href, baseUrl: '/', ranking });
	await pagefind.init();
	return {
		/** The top `limit` results for a query, optionally narrowed by filters. */
		async search(
			query: string,
			{ limit = 5, filters }: { limit?: number; filters?: Record<string, string> } = {},
		): Promise<SearchHit[]> {
			const { results } = await pagefind.search(query, filters ? { filters } : {});
			const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
			return data.map((d) => ({
				url: d.url,
				title: d.meta.title ?? '',
				subUrl: bestSubResult(d.sub_results),
				filters: d.filters,
			}));
		},
		filters: () => pagefind.filters(),
		/** Every result's excerpt and its sub-results' titles and excerpts, as the search UI shows them. */
		async shown(query: string): Promise<{ url: string; texts: string[] }[]> {
			const { results } = await pagefind.search(query);
			const data = await Promise.all(results.map((r) => r.data()));
			return data.map((d) => ({
				url: d.url,
				texts: [d.excerpt, ...d.sub_results.flatMap((s) => [s.title, s.excerpt])],
			}));
		},
	};
}
