import { afterAll, beforeAll } from 'vitest';
import { DIST, requireBuilt } from '../../tests/support/dist.ts';
import { launchBrowser, type TestBrowser } from '../../tools/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../tools/lib/static-server.ts';

/** The built site served on 127.0.0.1 and a fresh Chromium, started before a file's tests and stopped after. */
export interface SiteUnderTest {
	server: StaticServer;
	browser: TestBrowser;
}

/** Registers the hooks that start and stop the site and browser; read the fields inside tests. */
export function useSiteAndBrowser(options: Parameters<typeof launchBrowser>[0] = {}): SiteUnderTest {
	const site = {} as SiteUnderTest;
	beforeAll(async () => {
		requireBuilt(DIST, 'npm run build');
		site.server = await serveStatic(DIST);
		site.browser = await launchBrowser(options);
	});
	afterAll(async () => {
		await site.browser?.close();
		await site.server?.close();
	});
	return site;
}

/** Registers hooks that launch a Chromium for the enclosing describe block and close it after. */
export function useBrowser(options: Parameters<typeof launchBrowser>[0] = {}): { browser: TestBrowser } {
	const handle = {} as { browser: TestBrowser };
	beforeAll(async () => {
		handle.browser = await launchBrowser(options);
	});
	afterAll(async () => {
		await handle.browser?.close();
	});
	return handle;
}
