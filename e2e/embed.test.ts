import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { axeViolations } from './support/axe.ts';
import { collectErrors } from '../tools/lib/browser.ts';
import { serveStatic, type StaticServer } from '../tools/lib/static-server.ts';
import { useSiteAndBrowser } from './support/site-under-test.ts';
import { PATHWAY_IDS } from '../tools/lib/project.ts';

const DIAGRAMS = PATHWAY_IDS.map((c) => `/embed/pathways/${c}/`);
const ARTICLES = [
	'/embed/article/understanding/what-does-img-mean/',
	'/embed/article/glossary/',
	...PATHWAY_IDS.map((c) => `/embed/article/pathways/${c}/`),
	'/embed/article/pathways/united-states/states/',
	'/embed/us-states/tennessee/',
	'/embed/article/changes/',
	'/embed/article/changes/outdated-rules/',
];

const guide = useSiteAndBrowser();
let host: StaticServer;
let hostDir: string;

beforeAll(async () => {
	// The host page is served from another port: a different origin, like an institution's own site.
	hostDir = mkdtempSync(join(tmpdir(), 'img-guide-host-'));
	host = await serveStatic(hostDir);
});
afterAll(async () => {
	await host?.close();
	rmSync(hostDir, { recursive: true, force: true });
});

let hostPages = 0;
/** Writes a host page with the given body on the host origin and opens it, recording every request. */
async function openHostPage(body: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
	const name = `host-${++hostPages}.html`;
	writeFileSync(
		join(hostDir, name),
		'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>' +
			`<body><h1>A hospital page</h1>${body}</body></html>`,
	);
	const page = await guide.browser.newPage();
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	const errors = collectErrors(page);
	await page.goto(`${host.origin}/${name}`);
	return { page, requests, errors };
}

const iframe = (src: string, extra = '') =>
	`<iframe src="${guide.server.origin}${src}" title="Embedded guide" width="100%" height="300" style="border:0" ${extra}></iframe>`;
const hostScript = () => `<script src="${guide.server.origin}/embed.js" async></script>`;

async function embeddedFrame(page: Page): Promise<Frame> {
	const handle = await page.waitForSelector('iframe');
	const frame = (await handle.contentFrame())!;
	await frame.waitForLoadState('load');
	return frame;
}

/** Height of the frame element on the host page against the height of the document inside it. */
async function heights(page: Page, frame: Frame) {
	const outer = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
	const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
	return { outer, inner };
}

describe.each([...DIAGRAMS, ...ARTICLES])('the embed %s on another site', (path) => {
	it('shows no site chrome, resizes to its content and makes no request off this machine', async () => {
		const { page, requests } = await openHostPage(iframe(path) + hostScript());
		const frame = await embeddedFrame(page);
		await expect(frame.locator('header.header, #starlight__sidebar, site-search').count()).resolves.toBe(0);
		// The backlink names the configured SITE_URL (the default in tests), not the test server.
		await expect(frame.locator('.embed-backlink a').getAttribute('href')).resolves.toMatch(
			/^http:\/\/localhost:4321\//,
		);
		await expect
			.poll(async () => {
				const h = await heights(page, frame);
				return Math.abs(h.outer - h.inner);
			})
			.toBeLessThanOrEqual(4);
		const diagram = frame.locator('pathway-diagram[data-enhanced]');
		if (await diagram.count()) {
			const before = (await heights(page, frame)).outer;
			await frame.locator('.pd-node-link').first().click();
			await expect(frame.locator('.pd-detail:visible').count()).resolves.toBe(1);
			await expect.poll(async () => (await heights(page, frame)).outer).toBeGreaterThan(before);
			await expect
				.poll(async () => {
					const h = await heights(page, frame);
					return Math.abs(h.outer - h.inner);
				})
				.toBeLessThanOrEqual(4);
		}
		expect(requests.filter((url) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|about:)/.test(url))).toEqual([]);
		await page.close();
	});
});

describe('embeds in a sandboxed frame (scripts allowed, storage blocked)', () => {
	it.each(DIAGRAMS)('%s works with no errors', async (path) => {
		const { page } = await openHostPage(iframe(path, 'sandbox="allow-scripts"') + hostScript());
		const frameErrors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && frameErrors.push(m.text()));
		const frame = await embeddedFrame(page);
		await frame.locator('pathway-diagram[data-enhanced]').waitFor();
		const first = frame.locator('.pd-node-link').first();
		await first.click();
		await expect(frame.locator('.pd-detail:visible').count()).resolves.toBe(1);
		await frame.locator('.pd-detail:visible').getByLabel('Done').check();
		await expect(frame.locator('.pd-node').first().locator('.pd-status').textContent()).resolves.toBe('Done');
		await expect(frame.locator('.pd-storage-note').isVisible()).resolves.toBe(true);
		await expect
			.poll(async () => await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height))
			.toBeGreaterThan(300);
		expect(frameErrors).toEqual([]);
		await page.close();
	});
});

describe('embed parameters', () => {
	it('applies allowed options: theme, starting step and hidden intro', async () => {
		const page = await guide.browser.newPage();
		await page.goto(`${guide.server.origin}/embed/pathways/united-kingdom/?theme=dark&step=plab-2&hideIntro=1`);
		await page.locator('pathway-diagram[data-enhanced]').waitFor();
		await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
		await expect(page.locator('#step-plab-2').isVisible()).resolves.toBe(true);
		await expect(page.locator('.pd-intro').isVisible()).resolves.toBe(false);
		await page.close();
	});

	it('ignores hostile values and unknown parameters without reflecting them', async () => {
		const page = await guide.browser.newPage();
		const errors = collectErrors(page);
		const evil = encodeURIComponent('"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>');
		await page.goto(
			`${guide.server.origin}/embed/pathways/canada/?theme=${evil}&step=${evil}&hideIntro=${evil}&bgcolor=${evil}`,
		);
		await page.locator('pathway-diagram[data-enhanced]').waitFor();
		await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
		await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
		await expect(page.locator('html').getAttribute('data-theme')).resolves.toMatch(/^(light|dark)$/);
		await expect(page.content()).resolves.not.toContain('onerror="window.__pwned');
		await expect(page.locator('.pd-detail:visible').count()).resolves.toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('has no axe violations, light and dark, with a step open', async () => {
		const page = await guide.browser.newPage();
		for (const theme of ['light', 'dark']) {
			await page.goto(`${guide.server.origin}/embed/pathways/australia/?theme=${theme}&step=amc-cat`);
			await page.locator('pathway-diagram[data-enhanced]').waitFor();
			expect(await axeViolations(page), theme).toEqual([]);
		}
		await page.close();
	});
});

describe('the Embed dialog', () => {
	it('builds a snippet from the chosen options, copies it by keyboard, and the pasted snippet works', async () => {
		const page = await guide.browser.newPage();
		await guide.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: guide.server.origin,
		});
		await page.goto(`${guide.server.origin}/pathways/united-kingdom/`);
		const open = page.getByRole('button', { name: 'Embed this page' });
		await open.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Embed this page' });
		await dialog.waitFor();
		await dialog.getByLabel('Colour theme').selectOption('dark');
		await dialog.getByLabel('Open at step').selectOption('plab-2');
		const snippet = await dialog.getByLabel('HTML snippet').inputValue();
		expect(snippet).toContain(
			`src="${'http://localhost:4321'}/embed/pathways/united-kingdom/?theme=dark&amp;step=plab-2"`,
		);
		await dialog.getByRole('button', { name: 'Copy snippet' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Snippet copied to the clipboard.');
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(snippet);
		await page.keyboard.press('Escape');
		await expect(dialog.isVisible()).resolves.toBe(false);
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Embed this page');
		await page.close();

		// The snippet names the configured SITE_URL; point it at the test server and paste it into a host page.
		const { page: hostPage } = await openHostPage(snippet.replaceAll('http://localhost:4321', guide.server.origin));
		const frame = await embeddedFrame(hostPage);
		await frame.locator('pathway-diagram[data-enhanced]').waitFor();
		await expect(frame.locator('#step-plab-2').isVisible()).resolves.toBe(true);
		await expect(frame.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
		await expect
			.poll(async () => await hostPage.locator('iframe').evaluate((f) => f.getBoundingClientRect().height))
			.not.toBe(1000);
		await hostPage.close();
	});

	it('matches the oEmbed response, which the page advertises', async () => {
		const page = await guide.browser.newPage();
		await page.goto(`${guide.server.origin}/pathways/canada/`);
		const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
		expect(href).toBe('http://localhost:4321/oembed/pathways/canada.json');
		const response = await page.request.get(`${guide.server.origin}/oembed/pathways/canada.json`);
		const oembed = await response.json();
		expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'IMG Guide' });
		await page.getByRole('button', { name: 'Embed this page' }).click();
		await expect(page.getByLabel('HTML snippet').inputValue()).resolves.toBe(oembed.html);
		await page.close();
	});
});
