import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** Raw and gzip bytes. */
/** One sample page per page type: what the byte budgets test and the benchmark measure. */
export const SAMPLE_PAGES = {
	home: '/',
	article: '/understanding/what-does-img-mean/',
	pathway: '/pathways/united-kingdom/',
	glossary: '/glossary/',
	search: '/search/',
	embed: '/embed/pathways/united-kingdom/',
	embedArticle: '/embed/article/glossary/',
	finder: '/finder/',
	changes: '/changes/',
} as const;

export interface Bytes {
	raw: number;
	gzip: number;
}
/** What a first visit to a page downloads, by kind (lazy-loaded search files excluded). */
export interface PageWeight {
	html: Bytes;
	css: Bytes;
	js: Bytes;
	fonts: Bytes;
	images: Bytes;
	total: Bytes;
	/** Every file counted, as site paths. */
	files: string[];
}

const sum = (list: Bytes[]): Bytes =>
	list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** Raw and gzip (level 9) size of a buffer. */
export function bytesOf(data: Buffer | string): Bytes {
	const buffer = typeof data === 'string' ? Buffer.from(data) : data;
	return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

/** The built file behind a site path ("/_astro/x.js" → "<dist>/_astro/x.js"). */
function fileIn(dist: string, sitePath: string, base: string): string {
	return join(dist, decodeURIComponent(sitePath.replace(/[?#].*$/, '')).slice(base.length));
}

/** A module script and every chunk it imports statically, as site paths; `seen` is shared across entries. */
export function moduleGraph(dist: string, entry: string, base = '/', seen = new Set<string>()): string[] {
	const found: string[] = [];
	const visit = (sitePath: string) => {
		if (!sitePath.startsWith(base) || seen.has(sitePath) || !existsSync(fileIn(dist, sitePath, base))) return;
		seen.add(sitePath);
		found.push(sitePath);
		const code = readFileSync(fileIn(dist, sitePath, base), 'utf8');
		for (const m of code.matchAll(
			/(?:^|[;\s}])(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
		)) {
			visit(new URL(m[1]!, `http://x${sitePath}`).pathname);
		}
	};
	visit(entry);
	return found;
}

/**
 * Measures a built page: its HTML, stylesheets (and fonts they reference), module scripts with the
 * chunks they import statically, modulepreloads and images. `dist` is the build folder served at `base`.
 */
export function measurePage(dist: string, urlPath: string, base = '/'): PageWeight {
	const fileOf = (sitePath: string) => fileIn(dist, sitePath, base);
	const htmlFile = fileOf(urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
	const html = readFileSync(htmlFile, 'utf8');
	const root = parse(html);
	const seen = new Set<string>();
	const collect = (sitePath: string | undefined): string | undefined => {
		if (!sitePath || !sitePath.startsWith(base) || seen.has(sitePath) || !existsSync(fileOf(sitePath)))
			return undefined;
		seen.add(sitePath);
		return sitePath;
	};
	const css = root
		.querySelectorAll('link[rel="stylesheet"]')
		.map((l) => collect(l.getAttribute('href')))
		.filter((p): p is string => !!p);
	const fonts: string[] = [];
	for (const sheet of css) {
		for (const m of readFileSync(fileOf(sheet), 'utf8').matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))/g)) {
			const font = collect(new URL(m[1]!, `http://x${sheet}`).pathname);
			if (font) fonts.push(font);
		}
	}
	const entries = [
		...root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')),
		...root.querySelectorAll('link[rel="modulepreload"]').map((l) => l.getAttribute('href')),
	].filter((p): p is string => !!p);
	const js = entries.flatMap((entry) => moduleGraph(dist, entry, base, seen));
	const images = root
		.querySelectorAll('img[src]')
		.map((i) => collect(i.getAttribute('src')))
		.filter((p): p is string => !!p);

	const weigh = (paths: string[]) => sum(paths.map((p) => bytesOf(readFileSync(fileOf(p)))));
	const parts = { html: bytesOf(html), css: weigh(css), js: weigh(js), fonts: weigh(fonts), images: weigh(images) };
	return { ...parts, total: sum(Object.values(parts)), files: [urlPath, ...css, ...fonts, ...js, ...images] };
}

/** A byte budget: the limit for one measure of one page. */
export interface Budget {
	page: string;
	measure: 'js' | 'total';
	maxGzip: number;
}

/** Every budget a set of measured pages breaks, with the figures, for a readable failure. */
export function brokenBudgets(weights: Record<string, PageWeight>, budgets: readonly Budget[]): string[] {
	return budgets
		.filter((b) => weights[b.page]![b.measure].gzip > b.maxGzip)
		.map(
			(b) => `${b.page}: ${b.measure} is ${weights[b.page]![b.measure].gzip} B gzip, over its budget of ${b.maxGzip} B`,
		);
}
