import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type BuiltPage, readPages } from './built-pages.ts';

/** A reference in a built page that does not resolve inside the site. */
export interface BrokenLink {
	page: string;
	ref: string;
	problem: string;
}

const REF_ATTRIBUTES: [selector: string, attribute: string][] = [
	['a[href]', 'href'],
	['link[href]', 'href'],
	['script[src]', 'src'],
	['img[src]', 'src'],
	['iframe[src]', 'src'],
	['source[src]', 'src'],
	['meta[property="og:image"]', 'content'],
	['meta[property="og:url"]', 'content'],
	['meta[name="twitter:image"]', 'content'],
];

/**
 * Checks every link, asset and fragment in a built site. Internal references must stay under `base`,
 * point at a file that exists, and name an element id that exists on the target page.
 * References to other origins are not fetched (the machines here have no internet), only collected.
 */
export function findBrokenLinks(
	dir: string,
	{ base = '/', siteOrigin }: { base?: string; siteOrigin: string },
): BrokenLink[] {
	const pages = readPages(dir, base);
	const idsByPath = new Map<string, Set<string>>(pages.map((p) => [p.urlPath, collectIds(p)]));
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		const pageUrl = new URL(page.urlPath, siteOrigin);
		for (const [selector, attribute] of REF_ATTRIBUTES) {
			for (const el of page.root.querySelectorAll(selector)) {
				const ref = el.getAttribute(attribute)!;
				const problem = checkRef(ref, pageUrl, { dir, base, siteOrigin, idsByPath });
				if (problem) broken.push({ page: page.urlPath, ref, problem });
			}
		}
	}
	return broken;
}

function collectIds(page: BuiltPage): Set<string> {
	const ids = new Set<string>();
	for (const el of page.root.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
	return ids;
}

function checkRef(
	ref: string,
	pageUrl: URL,
	ctx: { dir: string; base: string; siteOrigin: string; idsByPath: Map<string, Set<string>> },
): string | undefined {
	if (ref === '') return 'empty reference';
	if (/^(mailto|tel|data|javascript):/i.test(ref)) return undefined;
	const url = new URL(ref, pageUrl);
	if (url.origin !== new URL(ctx.siteOrigin).origin) return undefined;
	const path = decodeURIComponent(url.pathname);
	if (!path.startsWith(ctx.base)) return `escapes the base path ${ctx.base}`;
	const file = resolveFile(ctx.dir, path.slice(ctx.base.length));
	if (!file) return `no file for ${path}`;
	if (url.hash && url.hash !== '#') {
		const id = decodeURIComponent(url.hash.slice(1));
		const targetPath = file.endsWith('index.html') ? ctx.base + file.slice(0, -'index.html'.length) : ctx.base + file;
		const ids = ctx.idsByPath.get(targetPath);
		if (ids && !ids.has(id)) return `no element with id "${id}" on ${targetPath}`;
	}
	return undefined;
}

/** The file a static host would serve for a path relative to the site root, or undefined. */
function resolveFile(dir: string, rel: string): string | undefined {
	const candidates =
		rel === '' || rel.endsWith('/')
			? [`${rel}index.html`, `${rel.slice(0, -1)}.html`]
			: [rel, `${rel}/index.html`, `${rel}.html`];
	return candidates.find((c) => existsSync(join(dir, c)) && statSync(join(dir, c)).isFile());
}
