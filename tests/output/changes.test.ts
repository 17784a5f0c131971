import { readFileSync, readdirSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST, readPages, requireBuilt } from '../support/dist.ts';
import { LOCAL_SITE_URL, PATHWAY_IDS, projectPath } from '../../tools/lib/project.ts';
import { listFiles } from '../../src/integrations/built-pages.ts';

requireBuilt(DIST, 'npm run build:test');
const pages = readPages(DIST);
const page = (path: string) => pages.find((p) => p.urlPath === path)!;

/** Every change in the data: pathway steps' and articles' frontmatter `changes`. */
function changesInData(): { date: string; summary: string }[] {
	const fromSteps = PATHWAY_IDS.flatMap((id) => {
		const pathway = parse(readFileSync(projectPath(`content/pathways/${id}.yaml`), 'utf8')) as {
			steps: { changes?: { date: string; summary: string }[] }[];
		};
		return pathway.steps.flatMap((s) => s.changes ?? []);
	});
	const fromPages = listFiles(projectPath('content/docs'))
		.filter((f) => f.endsWith('.mdx'))
		.flatMap((f) => {
			const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(projectPath(`content/docs/${f}`), 'utf8'))![1]!;
			return (parse(front) as { changes?: { date: string; summary: string }[] }).changes ?? [];
		});
	return [...fromSteps, ...fromPages];
}

describe('/changes/', () => {
	const list = page('/changes/').root.querySelectorAll('change-filters .change-list > li');

	it('lists every dated change in the data (at least 25), newest first', () => {
		const data = changesInData();
		expect(data.length).toBeGreaterThanOrEqual(25);
		expect(list).toHaveLength(data.length);
		const dates = list.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
		expect(dates.every((d) => /^\d{4}(-\d\d){0,2}$/.test(d))).toBe(true);
		expect([...dates].sort((a, b) => b.localeCompare(a, 'en'))).toEqual(dates);
	});

	it('links each change to the step or page it concerns and to its official source', () => {
		for (const li of list) {
			const links = li.querySelectorAll('.change-meta a');
			expect(links, li.text).toHaveLength(2);
			expect(links[0]!.getAttribute('href')).toMatch(/^\/[a-z0-9/-]*(#step-[a-z0-9-]+)?$/);
			expect(links[1]!.getAttribute('href')).toMatch(/^https:\/\//);
			expect(li.getAttribute('data-country')).toMatch(/^[a-z-]+$/);
		}
	});

	it('offers country and exam filters over the whole list', () => {
		const countries = page('/changes/').root.querySelectorAll('select[name="country"] option');
		expect(countries.map((o) => o.getAttribute('value'))).toEqual(expect.arrayContaining(['', ...PATHWAY_IDS]));
		const exams = page('/changes/')
			.root.querySelectorAll('select[name="exam"] option')
			.map((o) => o.getAttribute('value'));
		expect(exams).toEqual(expect.arrayContaining(['usmle', 'plab', 'mccqe']));
		for (const exam of exams.filter(Boolean)) {
			expect(
				list.some((li) => li.getAttribute('data-exams')!.split(' ').includes(exam!)),
				exam,
			).toBe(true);
		}
	});
});

describe('"Recent changes" on the country and exam pages', () => {
	it('is generated from the change data on every page that has one, never written by hand', () => {
		const withSection = pages.filter((p) => p.root.querySelector('h2#recent-changes'));
		expect(withSection.map((p) => p.urlPath)).toEqual(
			expect.arrayContaining(PATHWAY_IDS.map((id) => `/pathways/${id}/`)),
		);
		for (const p of withSection) {
			const items = p.root.querySelectorAll('.sl-markdown-content .change-list > li');
			expect(items.length, p.urlPath).toBeGreaterThan(0);
			for (const item of items) expect(item.querySelector('time[datetime]'), p.urlPath).not.toBeNull();
		}
		// In the source, the heading is followed by the generated list, not by a hand-written one.
		for (const file of listFiles(projectPath('content/docs')).filter((f) => f.endsWith('.mdx'))) {
			const text = readFileSync(projectPath(`content/docs/${file}`), 'utf8');
			const after = text.split(/^## Recent changes\n/m)[1];
			if (after !== undefined) expect(after.trimStart().startsWith('<RecentChanges />'), file).toBe(true);
		}
	});

	it('lists on a country page every change to its pathway steps', () => {
		for (const id of PATHWAY_IDS) {
			const pathway = parse(readFileSync(projectPath(`content/pathways/${id}.yaml`), 'utf8')) as {
				steps: { changes?: { summary: string }[] }[];
			};
			const listed = page(`/pathways/${id}/`).root.querySelector('.sl-markdown-content .change-list')!.text;
			for (const change of pathway.steps.flatMap((s) => s.changes ?? [])) {
				expect(listed.replace(/\s+/g, ' '), id).toContain(change.summary.replace(/\s+/g, ' '));
			}
		}
	});
});

describe('Atom feeds', () => {
	const feeds = ['changes.xml', ...PATHWAY_IDS.map((id) => `pathways/${id}/changes.xml`)];
	const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
	const asList = <T>(value: T | T[] | undefined): T[] =>
		value === undefined ? [] : Array.isArray(value) ? value : [value];

	it.each(feeds)('%s is well-formed Atom 1.0 with absolute links and dates', (file) => {
		const text = readFileSync(`${DIST}${file}`, 'utf8');
		expect(SyntaxValidator.validate(text)).toBe(true);
		const { feed } = xml.parse(text) as {
			feed: Record<string, unknown> & { '@xmlns': string; entry: Record<string, unknown>[] | Record<string, unknown> };
		};
		// RFC 4287: the Atom namespace; feed id, title, updated, author and a self link; each entry id, title,
		// updated and an alternate link.
		expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
		for (const field of ['id', 'title', 'updated', 'author']) expect(feed[field], field).toBeDefined();
		const links = asList(feed.link as { '@rel'?: string; '@href': string }[]);
		expect(links.find((l) => l['@rel'] === 'self')?.['@href']).toBe(`${LOCAL_SITE_URL}/${file}`);
		const entries = asList(feed.entry);
		expect(entries.length).toBeGreaterThan(0);
		const ids = new Set<string>();
		for (const entry of entries) {
			const e = entry as { id: string; title: unknown; updated: string; link: { '@href': string } };
			expect(e.title).toBeDefined();
			expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
			expect(e.link['@href'].startsWith(`${LOCAL_SITE_URL}/`)).toBe(true);
			expect(e.id.startsWith(`${LOCAL_SITE_URL}/changes/#`)).toBe(true);
			ids.add(e.id);
		}
		expect(ids.size, 'entry ids are unique').toBe(entries.length);

		// And a feed reader's parser reads it as Atom.
		const parsed = parseFeed(text);
		expect(parsed.meta.type).toBe('atom');
		expect(parsed.items).toHaveLength(entries.length);
		expect(parsed.updated).toBeInstanceOf(Date);
	});

	it('gives each country feed only that country, and the guide feed everything', () => {
		const count = (file: string) => (readFileSync(`${DIST}${file}`, 'utf8').match(/<entry>/g) ?? []).length;
		const total = count('changes.xml');
		expect(total).toBe(changesInData().length);
		const perCountry = PATHWAY_IDS.map((id) => count(`pathways/${id}/changes.xml`));
		expect(perCountry.every((n) => n > 0)).toBe(true);
		expect(perCountry.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(total);
	});

	it('are advertised in the head: the guide feed everywhere, a country feed on its pages', () => {
		for (const p of pages.filter((p) => !p.urlPath.startsWith('/embed/') && p.root.querySelector('head title'))) {
			const feedsInHead = p.root
				.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]')
				.map((l) => l.getAttribute('href'));
			if (p.urlPath === '/404.html') continue;
			expect(feedsInHead, p.urlPath).toContain(`${LOCAL_SITE_URL}/changes.xml`);
		}
		for (const id of PATHWAY_IDS) {
			const hrefs = page(`/pathways/${id}/`)
				.root.querySelectorAll('head link[type="application/atom+xml"]')
				.map((l) => l.getAttribute('href'));
			expect(hrefs).toContain(`${LOCAL_SITE_URL}/pathways/${id}/changes.xml`);
		}
	});
});

describe('rules that no longer apply', () => {
	const rules = parse(readFileSync(projectPath('content/superseded.yaml'), 'utf8')) as { id: string; since: string }[];
	const rulesPage = page('/changes/outdated-rules/');

	it('has a section per rule with its date, what replaced it and its source', () => {
		expect(rules.length).toBeGreaterThanOrEqual(6);
		for (const rule of rules) {
			const section = rulesPage.root.querySelector(`section[aria-labelledby="${rule.id}"]`);
			expect(section, rule.id).not.toBeNull();
			expect(section!.querySelector('time')!.getAttribute('datetime')).toBe(String(rule.since));
			expect(section!.querySelectorAll('a[href^="https://"]').length).toBeGreaterThan(0);
		}
	});

	it('is embeddable like every article', () => {
		expect(readdirSync(`${DIST}embed/article/changes/`)).toContain('outdated-rules');
	});
});
