import { withBase } from './paths.ts';

/** Absolute URL of a site path on the configured site and base, for canonical links, snippets and oEmbed. */
export function absoluteUrl(sitePath: string, site: URL | undefined): string {
	if (!site) throw new Error('Set `site` in astro.config.mjs (SITE_URL): embeds and oEmbed need absolute URLs.');
	return new URL(withBase(sitePath), site).href;
}
