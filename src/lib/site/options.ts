/** Where the site is served from, derived from the environment so a copy can live under any path. */
export interface SiteOptions {
	/** Absolute origin (and optional path) used for canonical URLs and the sitemap. */
	site: string;
	/** Path prefix every internal link and asset starts with; always begins and ends with "/". */
	base: string;
}

/** The origin used when SITE_URL is not set: the local preview server. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** Reads SITE_URL and BASE_PATH, normalising the base to "/x/y/" and rejecting values that are not usable. */
export function siteOptions(env: Record<string, string | undefined>): SiteOptions {
	const siteRaw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
	let siteUrl: URL;
	try {
		siteUrl = new URL(siteRaw);
	} catch {
		throw new Error(`SITE_URL must be an absolute URL such as https://example.edu, got "${siteRaw}".`);
	}
	if (siteUrl.protocol !== 'https:' && siteUrl.protocol !== 'http:') {
		throw new Error(`SITE_URL must use http or https, got "${siteRaw}".`);
	}
	return { site: siteUrl.href.replace(/\/$/, ''), base: normaliseBase(env.BASE_PATH) };
}

/** Turns "", "img-guide", "/img-guide" or "/img-guide/" into "/" or "/img-guide/". */
export function normaliseBase(raw: string | undefined): string {
	const trimmed = (raw ?? '').trim();
	if (/[?#\s\\]|:\/\//.test(trimmed)) {
		throw new Error(`BASE_PATH must be a plain path such as /img-guide/, got "${trimmed}".`);
	}
	const segments = trimmed.split('/').filter(Boolean);
	return segments.length ? `/${segments.join('/')}/` : '/';
}
