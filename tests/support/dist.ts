import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from '../../src/lib/built-pages';

export { readPages, type BuiltPage } from '../../src/lib/built-pages';

/** The built site the output and browser tests read; `npm test` builds it first. */
export const DIST = new URL('../../dist/', import.meta.url).pathname;
/** The same site built with BASE_PATH=/img-guide/ (npm run build:base). */
export const DIST_BASE = new URL('../../.tmp/dist-base/', import.meta.url).pathname;
export const TEST_BASE = '/img-guide/';

/** Fails with a message a newcomer can act on when the site has not been built. */
export function requireBuilt(dir: string, command: string): void {
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(`No built site in ${dir}. Run \`${command}\` first (npm test does this for you).`);
	}
}

/** The article pages: every built page except the 404 page and chrome-less embed pages. */
export function articlePages(pages: BuiltPage[]): BuiltPage[] {
	return pages.filter((p) => p.file !== '404.html' && !p.file.startsWith('embed/'));
}
