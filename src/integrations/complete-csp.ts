import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './built-pages.ts';
import { completeCsp } from './csp-hashes.ts';

/** Hashes every inline script into each page's CSP and puts the policy first in <head> (see ./csp-hashes.ts). */
export function completeContentSecurityPolicy(): AstroIntegration {
	let projectRoot = '';
	return {
		name: 'img-guide:complete-csp',
		hooks: {
			'astro:config:done': ({ config }) => {
				projectRoot = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = listFiles(root).filter((f) => f.endsWith('.html'));
				for (const file of pages) {
					const html = readFileSync(join(root, file), 'utf8');
					writeFileSync(join(root, file), completeCsp(html, describePage(file, projectRoot)));
				}
				logger.info(`Completed the Content-Security-Policy of ${pages.length} pages.`);
			},
		},
	};
}

/** "pathways/canada/index.html (from content/docs/pathways/canada.mdx)": the built page and, if any, its source. */
function describePage(file: string, projectRoot: string): string {
	const id = file.replace(/^embed\/article\//, '').replace(/(^|\/)index\.html$/, '');
	const candidates = id ? [`${id}.mdx`, `${id}.md`, `${id}/index.mdx`] : ['index.mdx'];
	const source = candidates.map((c) => `content/docs/${c}`).find((c) => existsSync(join(projectRoot, c)));
	return source ? `${file} (from ${source})` : file;
}
