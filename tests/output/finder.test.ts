import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST, readPages, requireBuilt } from '../support/dist.ts';
import { bytesOf, measurePage } from '../../tools/lib/page-weight.ts';
import { PATHWAY_IDS, projectPath } from '../../tools/lib/project.ts';

requireBuilt(DIST, 'npm run build:test');
const pages = readPages(DIST);
const page = (path: string) => pages.find((p) => p.urlPath === path)!;

interface Step {
	id: string;
	kind: string;
	fees?: { amount: number; asOf: string; source: { url: string } }[];
	feesUnconfirmed?: string;
	duration?: object;
}
const pathways = PATHWAY_IDS.map((id) => ({
	id,
	data: parse(readFileSync(projectPath(`content/pathways/${id}.yaml`), 'utf8')) as {
		routes: { id: string }[];
		steps: Step[];
	},
}));
const steps = pathways.flatMap((p) => p.data.steps);

describe('fees and time in the pathway data', () => {
	it('gives every exam step a dated, sourced fee, or says on the page why there is none', () => {
		const exams = steps.filter((s) => s.kind === 'exam');
		for (const step of exams) expect(step.fees?.length || step.feesUnconfirmed, step.id).toBeTruthy();
		// As of 1 December 2026, 14 of the 17 exam steps have a fee an official page states.
		expect(exams.filter((s) => s.fees?.length).length).toBeGreaterThanOrEqual(14);
	});

	it('gives at least 40% of steps an official duration (the December 2026 review found 31 of 76)', () => {
		expect(steps.filter((s) => s.duration).length / steps.length).toBeGreaterThanOrEqual(0.4);
	});

	it('shows each step’s fees and time in its details, and each route’s totals under the diagram', () => {
		for (const { id, data } of pathways) {
			const root = page(`/pathways/${id}/`).root;
			for (const step of data.steps.filter((s) => s.fees?.length || s.duration)) {
				expect(root.querySelector(`#step-${step.id} .pd-costs`), `${id} ${step.id}`).not.toBeNull();
			}
			const rows = root.querySelectorAll('.pd-route-costs tbody tr');
			expect(rows.map((r) => r.querySelector('th')!.text.trim())).toHaveLength(data.routes.length);
			expect(root.querySelector('.pd-route-costs caption')!.text).toMatch(/Excludes living costs/);
		}
	});

	it('carries fees, durations and computed route totals in the JSON download', () => {
		for (const { id, data } of pathways) {
			const json = JSON.parse(readFileSync(`${DIST}pathways/${id}.json`, 'utf8')) as {
				steps: Step[];
				routeTotals: Record<string, { fees: object; months: { min: number; max: number } }>;
			};
			expect(Object.keys(json.routeTotals)).toEqual(data.routes.map((r) => r.id));
			expect(json.steps.filter((s) => s.fees?.length)).toHaveLength(data.steps.filter((s) => s.fees?.length).length);
		}
	});
});

describe('the finder page', () => {
	const root = page('/finder/').root;

	it('lists every route of every country with its rules, sources, costs and diagram link', () => {
		for (const { id, data } of pathways) {
			for (const route of data.routes) {
				const card = root.querySelector(`.rf-route[data-country="${id}"][data-route="${route.id}"]`);
				expect(card, `${id} ${route.id}`).not.toBeNull();
				expect(card!.querySelectorAll('.rf-rules li a[href^="https://"]').length).toBeGreaterThan(0);
				expect(card!.querySelector(`a[href="/pathways/${id}/?route=${route.id}"]`)).not.toBeNull();
				expect(card!.querySelector('.rf-costs')!.text).toMatch(/Excludes living costs/);
			}
		}
	});

	it('keeps its own script within 10 KB gzipped and adds no script to ordinary articles', () => {
		const weight = measurePage(DIST, '/finder/');
		const finderScript = weight.files.find(
			(f) => f.endsWith('.js') && readFileSync(`${DIST}${f.slice(1)}`, 'utf8').includes('route-finder'),
		);
		expect(finderScript).toBeDefined();
		expect(bytesOf(readFileSync(`${DIST}${finderScript!.slice(1)}`)).gzip).toBeLessThanOrEqual(10 * 1024);
		const article = measurePage(DIST, '/understanding/what-does-img-mean/');
		for (const file of article.files.filter((f) => f.endsWith('.js'))) {
			expect(readFileSync(`${DIST}${file.slice(1)}`, 'utf8'), file).not.toMatch(
				/route-finder|change-filters|img-guide:progress/,
			);
		}
		const inline = page('/understanding/what-does-img-mean/')
			.root.querySelectorAll('script:not([src])')
			.map((s) => s.text);
		expect(inline.join('\n')).not.toMatch(/route-finder|change-filters|img-guide:progress/);
	});
});
