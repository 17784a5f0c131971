import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from './link-check.ts';

/**
 * Fails the build when any built page links to a page, asset or anchor that does not exist,
 * or to a path outside the configured base. Runs over the finished HTML, so links written by
 * components (glossary terms, diagrams, sidebar) are checked as well as links in Markdown.
 */
export function checkLinks(): AstroIntegration {
	let base = '/';
	let site = 'http://localhost';
	return {
		name: 'img-guide:check-links',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				site = config.site ?? site;
			},
			'astro:build:done': ({ dir, logger }) => {
				const broken = findBrokenLinks(fileURLToPath(dir), { base, siteOrigin: site });
				if (broken.length === 0) {
					logger.info('No broken internal links.');
					return;
				}
				const lines = broken.map((b) => `  ${b.page}: "${b.ref}": ${b.problem}`);
				throw new Error(
					`Found ${broken.length} broken internal link(s):\n${lines.join('\n')}\n` +
						"Fix the link in the page's source file (content/docs/<page>.mdx, content/*.yaml or the component that writes it).",
				);
			},
		},
	};
}
