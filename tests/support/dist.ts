import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from '../../src/integrations/built-pages.ts';
import { isArticleFile } from '../../tools/lib/project.ts';

export { readPages, type BuiltPage } from '../../src/integrations/built-pages.ts';

export { DIST, DIST_BASE } from '../../tools/lib/project.ts';
export const TEST_BASE = '/img-guide/';

/** Fails with a message a newcomer can act on when the site has not been built. */
export function requireBuilt(dir: string, command: string): void {
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(`No built site in ${dir}. Run \`${command}\` first (npm test does this for you).`);
	}
}

/** The article pages: every built page except the 404 page and chrome-less embed pages. */
export function articlePages(pages: BuiltPage[]): BuiltPage[] {
	return pages.filter((p) => isArticleFile(p.file));
}
