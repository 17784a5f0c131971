import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe.ts';
import { collectErrors } from '../tools/lib/browser.ts';
import { useBrowser, useSiteAndBrowser } from './support/site-under-test.ts';
import { PATHWAY_IDS } from '../tools/lib/project.ts';

const site = useSiteAndBrowser();

/** Opens a country page in a fresh tab and waits for the diagram's script to enhance it. */
async function openCountry(country: string, query = ''): Promise<Page> {
	const page = await site.browser.newPage();
	await page.goto(`${site.server.origin}/pathways/${country}/${query}`);
	await page.locator('pathway-diagram[data-enhanced]').waitFor();
	return page;
}

const stepIds = (page: Page) =>
	page.locator('.pd-node').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.step!));
const focusedStep = (page: Page) =>
	page.evaluate(() => (document.activeElement?.closest('.pd-node') as HTMLElement | null)?.dataset.step ?? null);
const nodeButton = (page: Page, id: string) => page.locator(`#node-${id} .pd-node-link`);

describe.each(PATHWAY_IDS)('the %s pathway diagram', (country) => {
	it('renders every step as a button with its details hidden until opened', async () => {
		const page = await openCountry(country);
		const ids = await stepIds(page);
		expect(ids.length).toBeGreaterThanOrEqual(6);
		await expect(page.locator('.pd-detail:visible').count()).resolves.toBe(0);
		await expect(
			page
				.getByRole('button', { expanded: false })
				.filter({ has: page.locator('.pd-title') })
				.count(),
		).resolves.toBe(ids.length);
		await page.close();
	});

	it('reaches every step with Tab, in reading order', async () => {
		const page = await openCountry(country);
		const ids = await stepIds(page);
		await nodeButton(page, ids[0]!).focus();
		const reached = [await focusedStep(page)];
		for (let i = 1; i < ids.length; i++) {
			await page.keyboard.press('Tab');
			reached.push(await focusedStep(page));
		}
		expect(reached).toEqual(ids);
		await page.close();
	});

	it('reaches every step with the arrow keys alone, starting from the first', async () => {
		const page = await openCountry(country);
		const ids = await stepIds(page);
		const seen = new Set([ids[0]!]);
		const queue = [ids[0]!];
		while (queue.length) {
			const id = queue.shift()!;
			for (const key of ['ArrowDown', 'ArrowRight', 'ArrowLeft', 'ArrowUp']) {
				await nodeButton(page, id).focus();
				await page.keyboard.press(key);
				const to = await focusedStep(page);
				if (to && !seen.has(to)) {
					seen.add(to);
					queue.push(to);
				}
			}
		}
		expect([...seen].sort()).toEqual([...ids].sort());
		await page.close();
	});

	it('opens details with a click, each step on its own, and closes them with the close button, returning focus', async () => {
		const page = await openCountry(country);
		const [first, second] = await stepIds(page);
		await nodeButton(page, second!).click();
		const details = page.locator(`#step-${second}`);
		await expect(details.isVisible()).resolves.toBe(true);
		await expect(nodeButton(page, second!).getAttribute('aria-expanded')).resolves.toBe('true');
		// Like GOV.UK's step-by-step, opening one step leaves the others as they were.
		await nodeButton(page, first!).click();
		await expect(details.isVisible()).resolves.toBe(true);
		await nodeButton(page, second!).click();
		await expect(details.isVisible()).resolves.toBe(false);
		await page.locator(`#step-${first}`).getByRole('button', { name: 'Close details' }).click();
		await expect(page.locator(`#step-${first}`).isVisible()).resolves.toBe(false);
		await expect(focusedStep(page)).resolves.toBe(first);
		await page.close();
	});

	it('opens details with Enter and Space and closes them with Escape, returning focus', async () => {
		const page = await openCountry(country);
		const [id] = await stepIds(page);
		await nodeButton(page, id!).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator(`#step-${id}`).isVisible()).resolves.toBe(true);
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(`step-${id}`);
		await page.keyboard.press('Escape');
		await expect(page.locator(`#step-${id}`).isVisible()).resolves.toBe(false);
		await expect(focusedStep(page)).resolves.toBe(id);
		await page.keyboard.press(' ');
		await expect(page.locator(`#step-${id}`).isVisible()).resolves.toBe(true);
		await page.close();
	});

	it('opens the step named in the URL, by query or by hash, and mirrors the open step in the URL', async () => {
		let page = await openCountry(country);
		const ids = await stepIds(page);
		const target = ids[ids.length - 1]!;
		await page.close();
		page = await openCountry(country, `?step=${target}`);
		await expect(page.locator(`#step-${target}`).isVisible()).resolves.toBe(true);
		await page.close();
		page = await openCountry(country, `#step-${target}`);
		await expect(page.locator(`#step-${target}`).isVisible()).resolves.toBe(true);
		const historyLength = await page.evaluate(() => history.length);
		await nodeButton(page, ids[1]!).click();
		expect(new URL(page.url()).searchParams.get('step')).toBe(ids[1]);
		await expect(page.evaluate(() => history.length)).resolves.toBe(historyLength);
		await page.close();
	});

	it('filters by route, labels the steps off the route in text, and keeps the choice in the URL', async () => {
		const page = await openCountry(country);
		const routes = page.locator('.pd-routes input:not([value=""])');
		const count = await routes.count();
		expect(count).toBeGreaterThanOrEqual(2);
		let labelled = 0;
		for (let i = 0; i < count; i++) {
			const route = await routes.nth(i).getAttribute('value');
			await routes.nth(i).check();
			expect(new URL(page.url()).searchParams.get('route')).toBe(route);
			labelled += await page.locator('.pd-off-route:visible').count();
			const offIds = await page
				.locator('.pd-node.is-off-route')
				.evaluateAll((n) => n.map((e) => (e as HTMLElement).dataset.step));
			for (const id of offIds)
				await expect(page.locator(`#node-${id}`).textContent()).resolves.toContain('Not on this route');
		}
		expect(labelled).toBeGreaterThan(0);
		await routes.nth(0).check();
		const route = await routes.nth(0).getAttribute('value');
		await page.reload();
		await page.locator('pathway-diagram[data-enhanced]').waitFor();
		await expect(page.locator(`.pd-routes input[value="${route}"]`).isChecked()).resolves.toBe(true);
		await page.close();
	});

	it('keeps progress across a reload and resets it', async () => {
		const page = await openCountry(country);
		const ids = await stepIds(page);
		await page.evaluate(() => localStorage.clear());
		await nodeButton(page, ids[0]!).click();
		await page.locator(`#step-${ids[0]}`).getByLabel('Done').check();
		await nodeButton(page, ids[1]!).click();
		await page.locator(`#step-${ids[1]}`).getByLabel('In progress').check();
		await page.reload();
		await page.locator('pathway-diagram[data-enhanced]').waitFor();
		await expect(page.locator(`#node-${ids[0]} .pd-status`).textContent()).resolves.toBe('Done');
		await expect(page.locator(`#node-${ids[1]} .pd-status`).textContent()).resolves.toBe('In progress');
		await expect(page.locator('.pd-summary').textContent()).resolves.toBe(
			`1 of ${ids.length} steps done, 1 in progress`,
		);
		await page.getByRole('button', { name: 'Reset progress' }).click();
		await expect(page.locator('.pd-summary').textContent()).resolves.toBe(`0 of ${ids.length} steps done`);
		await page.close();
	});

	it('still works when storage throws, and says progress will not be saved', async () => {
		const page = await site.browser.newPage();
		const errors = collectErrors(page);
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		});
		await page.goto(`${site.server.origin}/pathways/${country}/`);
		await page.locator('pathway-diagram[data-enhanced]').waitFor();
		const [id] = await stepIds(page);
		await nodeButton(page, id!).click();
		await page.locator(`#step-${id}`).getByLabel('Done').check();
		await expect(page.locator(`#node-${id} .pd-status`).textContent()).resolves.toBe('Done');
		await expect(page.locator('.pd-storage-note').isVisible()).resolves.toBe(true);
		// Starlight's own theme and sidebar scripts do not guard storage; the diagram's script must.
		expect(errors.filter((e) => /PathwayDiagram|pathway-diagram/i.test(e))).toEqual([]);
		await page.close();
	});

	it('becomes a vertical list with no horizontal scrolling at 375 px', async () => {
		const page = await openCountry(country);
		await page.setViewportSize({ width: 375, height: 800 });
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
		await expect(page.locator('.pd-edges').isVisible()).resolves.toBe(false);
		const lefts = await page
			.locator('.pd-node')
			.evaluateAll((nodes) => nodes.map((n) => Math.round(n.getBoundingClientRect().left)));
		expect(new Set(lefts).size).toBe(1);
		await page.close();
	});

	it('has no axe violations with details closed and open', async () => {
		const page = await openCountry(country);
		const scan = () => axeViolations(page, 'pathway-diagram');
		expect(await scan()).toEqual([]);
		const [id] = await stepIds(page);
		await nodeButton(page, id!).click();
		await page.locator('.pd-routes input:not([value=""])').first().check();
		expect(await scan()).toEqual([]);
		await page.getByRole('button', { name: 'Show all steps' }).click();
		expect(await scan()).toEqual([]);
		await page.close();
	});
});

describe.each(PATHWAY_IDS)('the %s diagram, checked against GOV.UK’s step-by-step pattern', (country) => {
	it('names each step by its position: "Step N of M: …"', async () => {
		const page = await openCountry(country);
		const total = await page.locator('.pd-node').count();
		const names = await page
			.locator('.pd-node-link')
			.evaluateAll((links) => links.map((l) => l.textContent.replace(/\s+/g, ' ').trim()));
		names.forEach((name, i) => expect(name).toMatch(new RegExp(`^Step ${i + 1} of ${total}: `)));
		await expect(page.getByRole('button', { name: new RegExp(`^Step 1 of ${total}: `) }).count()).resolves.toBe(1);
		await page.close();
	});

	it('shows and hides all steps with one button that says which it will do', async () => {
		const page = await openCountry(country);
		const total = await page.locator('.pd-node').count();
		const toggle = page.getByRole('button', { name: 'Show all steps' });
		await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
		await toggle.click();
		await expect(page.locator('.pd-detail:visible').count()).resolves.toBe(total);
		await expect(
			page
				.getByRole('button', { expanded: true })
				.filter({ has: page.locator('.pd-title') })
				.count(),
		).resolves.toBe(total);
		const hide = page.getByRole('button', { name: 'Hide all steps' });
		await expect(hide.getAttribute('aria-expanded')).resolves.toBe('true');
		await hide.click();
		await expect(page.locator('.pd-detail:visible').count()).resolves.toBe(0);
		await page.close();
	});

	it('marks the reader’s current step (the first in progress) with aria-current="step", visibly', async () => {
		const page = await openCountry(country);
		const ids = await stepIds(page);
		const [first, second] = [ids[1]!, ids[2]!];
		for (const id of [second, first]) {
			await nodeButton(page, id).click();
			await page.locator(`#step-${id}`).getByLabel('In progress').check();
		}
		await expect(page.locator('[aria-current="step"]').count()).resolves.toBe(1);
		await expect(nodeButton(page, first).getAttribute('aria-current')).resolves.toBe('step');
		const width = (id: string) => nodeButton(page, id).evaluate((l) => getComputedStyle(l).borderTopWidth);
		expect(parseFloat(await width(first))).toBeGreaterThan(parseFloat(await width(ids[0]!)));
		await page.locator(`#step-${first}`).getByLabel('Done').check();
		await expect(nodeButton(page, second).getAttribute('aria-current')).resolves.toBe('step');
		await page.getByRole('button', { name: 'Reset progress' }).click();
		await expect(page.locator('[aria-current="step"]').count()).resolves.toBe(0);
		await page.close();
	});
});

describe('"and" versus "or" in the diagrams', () => {
	it('says the US exams can be taken in any order, and a route choice is an "or"', async () => {
		const page = await openCountry('united-states');
		await expect(page.locator('#node-degree .pd-relations').textContent()).resolves.toContain(
			'Next, in any order: USMLE Step 1, USMLE Step 2 CK and OET Medicine',
		);
		await expect(page.locator('#node-ecfmg-cert .pd-relations').textContent()).resolves.toMatch(
			/Residency route\) or /,
		);
		await page.close();
	});
});

describe('pathway diagrams in the dark theme', () => {
	const dark = useBrowser({ colorScheme: 'dark' });

	it.each(PATHWAY_IDS)('%s has no axe violations with all steps shown and hidden', async (country) => {
		const page = await dark.browser.newPage();
		await page.goto(`${site.server.origin}/pathways/${country}/`);
		await page.locator('pathway-diagram[data-enhanced]').waitFor();
		expect(await axeViolations(page, 'pathway-diagram')).toEqual([]);
		await page.getByRole('button', { name: 'Show all steps' }).click();
		expect(await axeViolations(page, 'pathway-diagram')).toEqual([]);
		await page.close();
	});
});

describe('pathway diagrams without JavaScript', () => {
	const noScript = useBrowser({ javaScriptEnabled: false });

	it.each(PATHWAY_IDS)('show every step of %s with its details, and link each box to its details', async (country) => {
		const page = await noScript.browser.newPage();
		await page.goto(`${site.server.origin}/pathways/${country}/`);
		const nodes = await page.locator('.pd-node').count();
		expect(nodes).toBeGreaterThanOrEqual(6);
		await expect(page.locator('.pd-detail:visible').count()).resolves.toBe(nodes);
		await expect(page.locator('.pd-toolbar').isVisible()).resolves.toBe(false);
		const first = page.locator('.pd-node-link').first();
		const target = await first.getAttribute('href');
		await first.click();
		expect(new URL(page.url()).hash).toBe(target);
		await page.close();
	});
});
