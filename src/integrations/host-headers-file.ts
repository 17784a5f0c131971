import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/site/host-headers.ts';

/** Writes dist/_headers for hosts that read it, with every path under BASE_PATH. */
export function hostHeadersFile(): AstroIntegration {
	let base = '/';
	return {
		name: 'img-guide:host-headers-file',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir }) => {
				writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base));
			},
		},
	};
}
