// Where things are in this checkout, for the tests and tools (src/ never imports this).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The project's root folder, ending in "/". */
export const PROJECT_ROOT = new URL('../../', import.meta.url).pathname;

/** An absolute path inside the project. */
export function projectPath(relative: string): string {
	return join(PROJECT_ROOT, relative);
}

/** The address local builds are made for (SITE_URL in `npm run build:test`): the preview server's. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** The built site the output and browser tests read; `npm test` builds it first. */
export const DIST = projectPath('dist/');
/** The same site built with BASE_PATH=/img-guide/ (npm run build:base). */
export const DIST_BASE = projectPath('.tmp/dist-base/');

/** The pathway ids (one per content/pathways/<id>.yaml), sorted: the country list every test derives from. */
export const PATHWAY_IDS: readonly string[] = readdirSync(projectPath('content/pathways'))
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.slice(0, -'.yaml'.length))
	.sort();

/** Built pages readers see as articles: everything but the 404 page and the chrome-less embed pages. */
export function isArticleFile(file: string): boolean {
	return file !== '404.html' && !file.startsWith('embed/');
}

/**
 * A scratch copy of the project in .tmp/<name> for builds that must not touch the real one: sources copied,
 * node_modules hard-linked (fast), and Astro's and Vite's caches left out so the copy never writes into ours.
 */
export function scratchCopy(name: string): string {
	const dir = projectPath(`.tmp/${name}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const entry of readdirSync(PROJECT_ROOT)) {
		if (['.git', '.tmp', 'dist', '.astro', 'node_modules'].includes(entry)) continue;
		cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
	}
	const linked = spawnSync('cp', ['-al', join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules')]);
	if (linked.status !== 0)
		throw new Error(`Could not hard-link node_modules into ${dir}: ${linked.stderr?.toString()}`);
	rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
	rmSync(join(dir, 'node_modules/.vite'), { recursive: true, force: true });
	return dir;
}
