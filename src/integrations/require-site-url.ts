import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';

/**
 * Stops a production build that does not say where the site will live: without SITE_URL every canonical
 * link, the sitemap, the oEmbed responses and the Embed snippet would point at http://localhost:4321.
 * The dev server keeps the localhost default.
 */
export function requireSiteUrl(env: Record<string, string | undefined>): AstroIntegration {
	return {
		name: 'img-guide:require-site-url',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command === 'build' && !env.SITE_URL?.trim()) {
					throw new AstroError(
						'SITE_URL is not set: a production build needs the address the site will be served from.',
						'Set it when you build, e.g. `SITE_URL=https://example.edu npm run build` ' +
							'(for a local check: `SITE_URL=http://localhost:4321 npm run build`). See README § Host it.',
					);
				}
			},
		},
	};
}
