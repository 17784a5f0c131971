import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

/** The system Chromium: CHROMIUM_PATH if set, else the usual Debian/Ubuntu locations. Never downloads one. */
export function findChromium(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
		return fromEnv;
	}
	const found = CANDIDATES.find((p) => existsSync(p));
	if (!found) {
		throw new Error(
			'The browser tests need a real Chromium and none was found. Install it with ' +
				'`sudo apt-get install -y chromium` (Debian/Ubuntu), or point CHROMIUM_PATH at a Chrome or Chromium binary.',
		);
	}
	return found;
}

/** Flags for a quiet headless Chromium on a machine without internet. */
export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** A fresh browser profile; close() removes it. */
export interface TestBrowser {
	context: BrowserContext;
	newPage(): Promise<Page>;
	close(): Promise<void>;
}

/** Launches the system Chromium with an empty profile in a temporary folder. */
export async function launchBrowser(
	options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<TestBrowser> {
	const profile = mkdtempSync(join(tmpdir(), 'img-guide-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: findChromium(),
		headless: true,
		// Without JavaScript, Blink's own switch is turned off too, so CSS sees `@media (scripting: none)`
		// as it does in a browser whose JavaScript is disabled in its settings.
		args:
			options.javaScriptEnabled === false
				? [...CHROMIUM_FLAGS, '--blink-settings=scriptEnabled=false']
				: CHROMIUM_FLAGS,
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		colorScheme: options.colorScheme ?? 'light',
		viewport: { width: 1280, height: 900 },
	});
	return {
		context,
		newPage: () => context.newPage(),
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/** Collects console errors and uncaught exceptions on a page, for "no errors" assertions. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(`${err.message}\n${err.stack ?? ''}`));
	return errors;
}
