import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, useSiteAndBrowser } from './support/site-under-test.ts';
import { PATHWAY_IDS, projectPath } from '../tools/lib/project.ts';

// What a reader sees: text that is spaced like Starlight's own sites, the first paragraph on the first phone
// screen, and a layout that does not change unnoticed. Green tests once missed a site-wide spacing break.
const site = useSiteAndBrowser();
const dark = useBrowser({ colorScheme: 'dark' });

const PAGE_TYPES = {
	home: '/',
	article: '/understanding/what-does-img-mean/',
	pathway: '/pathways/united-kingdom/',
	exam: '/exams/plab/',
	faq: '/faq/',
	glossary: '/glossary/',
	documents: '/documents/united-states/',
	embedArticle: '/embed/article/exams/plab/',
	embedDiagram: '/embed/pathways/united-kingdom/',
};
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

async function open(path: string, viewport = VIEWPORTS.desktop, browser = site.browser): Promise<Page> {
	const page = await browser.newPage();
	await page.setViewportSize(viewport);
	await page.goto(`${site.server.origin}${path}`);
	return page;
}

/**
 * The space a reader sees above the first paragraph that follows another paragraph, and above the first
 * section heading that follows text: the distance between the boxes, whatever margins produce it.
 */
const readingGaps = (page: Page) =>
	page.evaluate(() => {
		const content = document.querySelector('.sl-markdown-content, .embed-main')!;
		const blocks = [...content.querySelectorAll('p, li, h2, h3, table, ul, ol')].filter(
			(el) => el.getClientRects().length > 0 && !el.closest('.not-content, nav, .card, .sl-link-card, .hero'),
		);
		const gapAbove = (index: number) =>
			blocks[index]!.getBoundingClientRect().top - blocks[index - 1]!.getBoundingClientRect().bottom;
		const paragraph = blocks.findIndex((el, i) => i > 0 && el.tagName === 'P' && blocks[i - 1]!.tagName === 'P');
		const heading = blocks.findIndex((el, i) => i > 0 && el.tagName === 'H2' && !el.contains(blocks[i - 1]!));
		return {
			paragraphGap: paragraph > 0 ? gapAbove(paragraph) : null,
			headingGap: heading > 0 ? gapAbove(heading) : null,
		};
	});

describe('text spacing on every page type', () => {
	// The diagram embed has its own layout (boxes, not running text); every other page type is prose.
	const articles = Object.entries(PAGE_TYPES).filter(([type]) => type !== 'embedDiagram');
	it.each(articles)('%s: paragraphs and headings are spaced apart', async (_type, path) => {
		const page = await open(path);
		const gaps = await readingGaps(page);
		expect(gaps.paragraphGap ?? gaps.headingGap, 'the page has paragraphs or headings to measure').not.toBeNull();
		if (gaps.paragraphGap !== null) expect(gaps.paragraphGap).toBeGreaterThanOrEqual(16);
		if (gaps.headingGap !== null) expect(gaps.headingGap).toBeGreaterThanOrEqual(16);
		await page.close();
	});
});

describe('the "may be out of date" notice', () => {
	it('stays hidden while a page is within the review policy, and shows once it is overdue', async () => {
		const page = await open('/exams/plab/');
		await expect(page.locator('.stale-notice').isVisible()).resolves.toBe(false);
		// The same page read two years later, on a copy nobody rebuilt.
		const later = await site.browser.newPage();
		await later.addInitScript(() => {
			const future = new Date('2028-12-01').getTime();
			Date.now = () => future;
		});
		await later.goto(`${site.server.origin}/exams/plab/`);
		const notice = later.locator('.stale-notice');
		await expect(notice.textContent()).resolves.toMatch(/last reviewed on .* more than 6 months ago/);
		await expect(notice.isVisible()).resolves.toBe(true);
		await page.close();
		await later.close();
	});
});

describe('the first paragraph on a phone', () => {
	it.each(PATHWAY_IDS)('is on the first 390×844 screen of the %s page', async (country) => {
		const page = await open(`/pathways/${country}/`, VIEWPORTS.phone);
		const top = await page
			.locator('.sl-markdown-content > p')
			.first()
			.evaluate((p) => p.getBoundingClientRect().top);
		expect(top).toBeLessThan(844 - 60);
		await page.close();
	});
});

// A fingerprint of the layout: the computed spacing, type and colours of each kind of block on each page type,
// in both themes and on both screens. Text can change; these change only when the styling does. A reviewed
// baseline is committed; run `UPDATE_LAYOUT_BASELINE=1 npm run test:e2e` after an intended change, look at
// the screenshots it writes to .tmp/screenshots/, and commit the new baseline.
const BASELINE = projectPath('e2e/baselines/layout.json');
const SELECTORS = [
	'h2',
	'h3',
	'p',
	'p + p',
	'li',
	'table',
	'.pathway .pd-node-link',
	'.key-terms',
	'a',
	'.page-sources',
];

const fingerprint = (page: Page) =>
	page.evaluate((selectors) => {
		const main = document.querySelector('main')!;
		// Content blocks, not page chrome (the mobile table of contents, the review date line).
		const content = document.querySelector('.sl-markdown-content, .embed-main')!;
		const round = (value: string) => value.replace(/(\d+\.\d+)px/g, (_, n: string) => `${Math.round(Number(n))}px`);
		const entries = selectors.map((selector) => {
			const el = selector === 'h1' ? main.querySelector('h1') : content.querySelector(selector);
			if (!el) return [selector, null];
			const s = getComputedStyle(el);
			const props = ['margin-top', 'margin-bottom', 'font-size', 'line-height', 'font-weight', 'color'];
			return [selector, Object.fromEntries(props.map((p) => [p, round(s.getPropertyValue(p))]))];
		});
		return {
			background: getComputedStyle(document.body).backgroundColor,
			contentWidth: Math.round(
				document.querySelector('.sl-markdown-content, .embed-main')!.getBoundingClientRect().width,
			),
			...Object.fromEntries(entries),
		};
	}, SELECTORS);

describe('layout fingerprint against the reviewed baseline', () => {
	it('matches for every page type, theme and screen', async () => {
		const current: Record<string, unknown> = {};
		mkdirSync(projectPath('.tmp/screenshots'), { recursive: true });
		for (const [theme, browser] of [
			['light', site.browser],
			['dark', dark.browser],
		] as const) {
			for (const [screen, viewport] of Object.entries(VIEWPORTS)) {
				for (const [type, path] of Object.entries(PAGE_TYPES)) {
					const page = await open(path, viewport, browser);
					const key = `${type} ${theme} ${screen}`;
					current[key] = await fingerprint(page);
					await page.screenshot({ path: projectPath(`.tmp/screenshots/${key.replaceAll(' ', '-')}.png`) });
					await page.close();
				}
			}
		}
		if (process.env.UPDATE_LAYOUT_BASELINE === '1') writeFileSync(BASELINE, `${JSON.stringify(current, null, '\t')}\n`);
		expect(existsSync(BASELINE), 'no layout baseline: run UPDATE_LAYOUT_BASELINE=1 npm run test:e2e').toBe(true);
		const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, unknown>;
		for (const key of Object.keys({ ...baseline, ...current })) {
			expect(current[key], `${key} changed; see .tmp/screenshots/ and the comment above this test`).toEqual(
				baseline[key],
			);
		}
	}, 240_000);
});
