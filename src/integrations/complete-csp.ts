import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './built-pages.ts';
import { completeCsp } from './csp-hashes.ts';

/** Hashes every inline script into each page's CSP and puts the policy first in <head> (see ./csp-hashes.ts). */
export function completeContentSecurityPolicy(): AstroIntegration {
	return {
		name: 'img-guide:complete-csp',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = listFiles(root).filter((f) => f.endsWith('.html'));
				for (const file of pages)
					writeFileSync(join(root, file), completeCsp(readFileSync(join(root, file), 'utf8'), file));
				logger.info(`Completed the Content-Security-Policy of ${pages.length} pages.`);
			},
		},
	};
}
