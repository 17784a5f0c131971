import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { DIST, requireBuilt } from '../tests/support/dist.ts';
import { launchBrowser, type TestBrowser } from '../tools/lib/browser.ts';
import { serveStatic, type StaticServer } from '../tools/lib/static-server.ts';
import { serveWithApache, serveWithNginx } from '../tools/lib/web-servers.ts';

// Embeds must work wherever an institution hosts the guide: on a host that sends no custom headers at all
// (GitHub Pages, S3, a plain nginx), and on nginx and Apache set up as the embed guide says.
const HOSTS: [string, (dist: string) => Promise<StaticServer>][] = [
	['a static host that sends no custom headers', (dist) => serveStatic(dist, { applyHeaders: false })],
	['nginx with the embed guide’s rules', serveWithNginx],
	['Apache with the embed guide’s rules', serveWithApache],
];

let browser: TestBrowser;
let host: StaticServer;
let hostDir: string;
beforeAll(async () => {
	requireBuilt(DIST, 'npm run build:test');
	browser = await launchBrowser();
	hostDir = mkdtempSync(join(tmpdir(), 'img-guide-host-'));
	host = await serveStatic(hostDir);
});
afterAll(async () => {
	await browser?.close();
	await host?.close();
	rmSync(hostDir, { recursive: true, force: true });
});

let pages = 0;
/** A page on another origin (the institution's site) with the given body; frame console errors are kept. */
async function hostPage(body: string): Promise<{ page: Page; errors: string[] }> {
	const name = `host-${++pages}.html`;
	writeFileSync(
		join(hostDir, name),
		// An empty icon: the host page's own favicon request must not count as an error of the embed.
		`<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`,
	);
	const page = await browser.newPage();
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${host.origin}/${name}`);
	return { page, errors };
}

async function frameOf(page: Page): Promise<Frame> {
	const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
	await frame.waitForLoadState('load');
	return frame;
}

const frameHeight = (page: Page) => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);

describe.each(HOSTS)('a sandboxed embed served by %s', (name, start) => {
	let guide: StaticServer;
	beforeAll(async () => {
		guide = await start(DIST);
	});
	afterAll(async () => {
		await guide?.close();
	});

	it('runs the diagram and resizes the frame, with no errors', async () => {
		const { page, errors } = await hostPage(
			`<iframe src="${guide.origin}/embed/pathways/canada/" title="Guide" width="100%" height="300" sandbox="allow-scripts"></iframe>` +
				`<script src="${guide.origin}/embed.js" async></script>`,
		);
		const frame = await frameOf(page);
		await frame.locator('pathway-diagram[data-enhanced]').waitFor();
		await expect.poll(() => frameHeight(page)).toBeGreaterThan(300);
		const before = await frameHeight(page);
		await frame.getByRole('button', { name: 'Show all steps' }).click();
		await expect.poll(() => frameHeight(page)).toBeGreaterThan(before);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('lets other sites frame /embed/ pages and only the guide frame the rest', async () => {
		const embed = await fetch(`${guide.origin}/embed/pathways/canada/`);
		const article = await fetch(`${guide.origin}/pathways/canada/`);
		const csp = (r: Response) => r.headers.get('content-security-policy');
		if (name.startsWith('a static host')) {
			expect([csp(embed), csp(article)]).toEqual([null, null]);
		} else {
			expect([csp(embed), csp(article)]).toEqual(['frame-ancestors *', "frame-ancestors 'self'"]);
			const asset = (await (await fetch(`${guide.origin}/pathways/canada/`)).text()).match(/\/_astro\/[^"]+\.css/)![0];
			const cached = await fetch(`${guide.origin}${asset}`);
			expect(cached.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
			expect(article.headers.get('cache-control')).toBe('public, max-age=600');
		}
		const oembed = await fetch(`${guide.origin}/oembed/pathways/canada.json`);
		expect(oembed.headers.get('content-type')).toMatch(/^application\/json/);
	});
});

describe('WordPress’s embed protocol', () => {
	let guide: StaticServer;
	beforeAll(async () => {
		guide = await serveStatic(DIST);
	});
	afterAll(async () => {
		await guide?.close();
	});

	// What WordPress's wp-embed.js does on the host: frames carry "#?secret=…"; the host answers height and
	// link messages that carry the secret, and sends "ready" when its script loads.
	const wordpressHost = (src: string) => `
		<iframe class="wp-embedded-content" sandbox="allow-scripts" src="${src}#?secret=AbC123" title="Guide" height="200"></iframe>
		<script>
			window.received = [];
			window.addEventListener('message', (e) => {
				if (!e.data || e.data.secret !== 'AbC123') return;
				window.received.push(e.data);
			});
		</script>`;

	it('answers the host’s late "ready" handshake with its height', async () => {
		const { page } = await hostPage(wordpressHost(`${guide.origin}/embed/pathways/ireland/`));
		await frameOf(page);
		await expect
			.poll(() => page.evaluate(() => (window as never as { received: unknown[] }).received.length))
			.toBeGreaterThan(0);
		await page.evaluate(() => ((window as never as { received: unknown[] }).received.length = 0));
		await page.evaluate(() =>
			document.querySelector('iframe')!.contentWindow!.postMessage({ message: 'ready', secret: 'AbC123' }, '*'),
		);
		await expect
			.poll(() => page.evaluate(() => (window as never as { received: { message: string; value: number }[] }).received))
			.toContainEqual(expect.objectContaining({ message: 'height', value: expect.any(Number) as number }));
		await page.close();
	});

	it('asks the host to open a link, since a sandboxed frame cannot open one itself', async () => {
		const { page } = await hostPage(wordpressHost(`${guide.origin}/embed/pathways/ireland/`));
		const frame = await frameOf(page);
		await frame.locator('.embed-backlink a').click();
		await expect
			.poll(() => page.evaluate(() => (window as never as { received: { message: string; value: string }[] }).received))
			.toContainEqual({ message: 'link', value: 'http://localhost:4321/pathways/ireland/', secret: 'AbC123' });
		await page.close();
	});
});
