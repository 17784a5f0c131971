import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DIST, readPages, requireBuilt, type BuiltPage } from '../support/dist.ts';
import { layerOrderProblem, starlightLayerOrder } from '../../tools/lib/css-layers.ts';
import { LOCAL_SITE_URL, scratchCopy } from '../../tools/lib/project.ts';

requireBuilt(DIST, 'npm run build:test');
const order = starlightLayerOrder();

/** A page's CSS in the order the browser applies it: linked sheets (not print-only) and <style> elements. */
function pageCss(dist: string, page: BuiltPage): string {
	return page.root
		.querySelectorAll('link[rel="stylesheet"], style')
		.filter((el) => el.getAttribute('media') !== 'print')
		.map((el) =>
			el.tagName === 'STYLE' ? el.text : readFileSync(join(dist, el.getAttribute('href')!.replace(/^\//, '')), 'utf8'),
		)
		.join('\n');
}

describe('cascade layers on the built site', () => {
	it.each(readPages(DIST).map((p) => [p.urlPath, p] as const))(
		'%s declares Starlight’s layer order before any layer',
		(_path, page) => {
			expect(layerOrderProblem(pageCss(DIST, page), order)).toBeUndefined();
		},
	);

	it('the check fails on a real build without the fix (custom CSS bundled before the order statement)', () => {
		const dir = scratchCopy('layer-order');
		const config = join(dir, 'astro.config.mjs');
		const text = readFileSync(config, 'utf8');
		expect(text).toContain("'./src/styles/layer-order.css', ");
		writeFileSync(config, text.replace("'./src/styles/layer-order.css', ", ''));
		const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, SITE_URL: LOCAL_SITE_URL },
		});
		expect(build.status, build.stderr).toBe(0);
		const dist = join(dir, 'dist/');
		const article = readPages(dist).find((p) => p.urlPath === '/understanding/what-does-img-mean/')!;
		expect(layerOrderProblem(pageCss(dist, article), order)).toMatch(/not in its declared order/);
		rmSync(dir, { recursive: true, force: true });
	}, 180_000);
});
