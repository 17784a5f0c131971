import { readFileSync } from 'node:fs';
import { DIST, requireBuilt } from '../../tests/support/dist.ts';

/** Every URL path in the built sitemap (the pages a search engine and a reader can reach). */
export function sitemapPaths(): string[] {
	requireBuilt(DIST, 'npm run build');
	const xml = readFileSync(`${DIST}sitemap-0.xml`, 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
