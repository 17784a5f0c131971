import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;
/** Script types a browser runs; data blocks such as JSON-LD are never executed, so CSP ignores them. */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

/** The CSP source for an inline script or style body, e.g. 'sha256-…'. */
export function scriptHash(body: string): string {
	return `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
}

/**
 * Completes the CSP <meta> Astro writes: Astro hashes the scripts and styles it bundles but not
 * `is:inline` scripts (Starlight's theme script, for one) or the styles of components inside MDX, and it
 * places the tag after scripts it does not cover. This adds a hash for every executable inline script to
 * `script-src` and every inline style element to `style-src`, and moves the tag to the start of <head>
 * so the policy governs everything after it. Throws when a page has no policy to complete.
 */
export function completeCsp(html: string, file: string): string {
	const meta = html.match(META);
	if (!meta) throw new Error(`${file}: no Content-Security-Policy <meta>; is security.csp set in astro.config.mjs?`);
	const scripts = [...html.matchAll(INLINE_SCRIPT)]
		.filter(([, attrs, body]) => EXECUTABLE.test(attrs!.match(/\stype="([^"]*)"/i)?.[1] ?? '') && body!.trim())
		.map(([, , body]) => scriptHash(body!));
	const styles = [...html.matchAll(INLINE_STYLE)].map(([, body]) => scriptHash(body!));
	let directives = meta[1]!
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);
	directives = addSources(directives, 'script-src', scripts, file);
	directives = addSources(directives, 'style-src', styles, file);
	const tag = `<meta http-equiv="content-security-policy" content="${directives.join('; ')}">`;
	const withoutMeta = html.replace(META, '');
	const charset = withoutMeta.match(/<meta charset="[^"]*"\s*\/?>/i);
	if (!charset) throw new Error(`${file}: no <meta charset> to place the Content-Security-Policy after`);
	return withoutMeta.replace(charset[0], `${charset[0]}${tag}`);
}

/** Adds sources to one directive, once each; the directive must exist. */
function addSources(directives: string[], name: string, sources: string[], file: string): string[] {
	const index = directives.findIndex((d) => d.startsWith(`${name} `));
	if (index === -1) throw new Error(`${file}: the Content-Security-Policy has no ${name} directive`);
	const present = new Set(directives[index]!.split(/\s+/));
	const added = [...new Set(sources)].filter((s) => !present.has(s));
	return directives.map((d, i) => (i === index ? [d, ...added].join(' ') : d));
}
