import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../tests/support/dist.ts';
import { axeViolations } from './support/axe.ts';
import { serveStatic, type StaticServer } from '../tools/lib/static-server.ts';
import { sitemapPaths } from './support/site.ts';
import { useBrowser } from './support/site-under-test.ts';

const paths = sitemapPaths();
let server: StaticServer;

beforeAll(async () => {
	server = await serveStatic(DIST);
});
afterAll(async () => {
	await server?.close();
});

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (theme) => {
	const themed = useBrowser({ colorScheme: theme });

	it.each(paths)('axe finds no violations on %s', async (path) => {
		const page = await themed.browser.newPage();
		try {
			await page.goto(`${server.origin}${path}`);
			await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(theme);
			expect(await axeViolations(page)).toEqual([]);
		} finally {
			await page.close();
		}
	});
});
