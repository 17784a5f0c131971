// `npm run bench`: builds the site, measures it and prints a table; the same figures go to
// .tmp/bench-results.json. Timings belong here, not in the pass/fail tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'node-html-parser';
import { listFiles } from '../src/integrations/built-pages.ts';
import { SAMPLE_PAGES, bytesOf, measurePage } from './lib/page-weight.ts';
import { SEARCH_RANKING } from '../src/lib/search/ranking.ts';
import { serveStatic } from './lib/static-server.ts';
import { runLighthouse } from './lib/lighthouse.ts';
import * as pagefind from './lib/pagefind.ts';
import { LOCAL_SITE_URL, PROJECT_ROOT as root, scratchCopy } from './lib/project.ts';

// The benchmark table shows one row per page type; the article embed is covered by the budgets test.
const PAGE_TYPES = Object.fromEntries(Object.entries(SAMPLE_PAGES).filter(([type]) => type !== 'embedArticle'));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
/** One line of a text table: a positive width pads on the left (numbers), a negative one on the right (names). */
const tableRow = (cells: readonly (string | number | undefined)[], widths: readonly number[]) =>
	cells.map((c = '–', i) => (widths[i]! < 0 ? String(c).padEnd(-widths[i]!) : String(c).padStart(widths[i]!))).join('');

function build(cwd: string, outDir: string): { seconds: number; pages: number } {
	const start = performance.now();
	// Large runs log a lot (one warning per generated page), hence the generous buffer.
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		cwd,
		encoding: 'utf8',
		maxBuffer: 1024 ** 3,
		env: { ...process.env, SITE_URL: process.env.SITE_URL ?? LOCAL_SITE_URL },
	});
	if (result.status !== 0)
		throw new Error(
			`Build failed in ${cwd} (${result.error?.message ?? `exit ${result.status}`}):\n${`${result.stdout}\n${result.stderr}`.slice(-4000)}`,
		);
	const seconds = (performance.now() - start) / 1000;
	return { seconds, pages: listFiles(join(cwd, outDir)).filter((f) => f.endsWith('.html')).length };
}

function dirBytes(dir: string): number {
	return readdirSync(dir).reduce((sum, name) => {
		const path = join(dir, name);
		return sum + (statSync(path).isDirectory() ? dirBytes(path) : statSync(path).size);
	}, 0);
}

/** Bytes Pagefind downloads for a first query (including its start-up files) and for a second one. */
async function searchBytes(dist: string): Promise<{ firstQuery: number; secondQuery: number; indexOnDisk: number }> {
	const before = pagefind.fetchedBytes;
	const search = await pagefind.loadSearch(dist, SEARCH_RANKING);
	await search.search('usmle');
	const first = pagefind.fetchedBytes - before;
	await search.search('plab 2');
	const second = pagefind.fetchedBytes - before - first;
	return { firstQuery: first, secondQuery: second, indexOnDisk: dirBytes(join(dist, 'pagefind')) };
}

/** A temporary copy of the project with `articles` generated articles and `pathways` generated pathways. */
function scaledCopy(articles: number, pathways: number): string {
	const dir = scratchCopy(`bench-scale-${articles}`);
	const terms = ['USMLE', 'PLAB', 'MCCQE', 'NZREX', 'ECFMG', 'OET', 'IELTS', 'CaRMS', 'AMC', 'PRES'];
	mkdirSync(join(dir, 'content/docs/generated'), { recursive: true });
	for (let i = 0; i < articles; i++) {
		const t = terms[i % terms.length];
		writeFileSync(
			join(dir, `content/docs/generated/article-${i}.mdx`),
			[
				'---',
				`title: Generated article ${i}`,
				'description: A generated article used only to measure how the build scales with content.',
				'lastReviewed: 2026-11-25',
				'sources:',
				`  - { title: Generated source, publisher: Benchmark, url: "https://example.org/${i}", accessed: "2026-11" }`,
				'---',
				"import Term from '@components/glossary/Term.astro';",
				'',
				`## Overview ${i}`,
				'',
				`This page talks about <Term>${t}</Term> and the steps around it. Doctors plan each stage, book exams and ` +
					`collect documents. Article number ${i} exists to give the search index realistic text.`,
				'',
				'## Details',
				'',
				`- First point about ${t} number ${i}.`,
				'- Second point with a [link](/glossary/).',
				'- Third point about registration and supervised practice.',
				'',
				'## More',
				'',
				'Plain sentences about training, licensing and employment follow here. '.repeat(12),
				'',
			].join('\n'),
		);
	}
	for (let p = 0; p < pathways; p++) {
		const steps = Array.from({ length: 10 }, (_, s) => {
			const next = s === 9 ? [] : s === 2 ? [`s${s + 1}`, `s${s + 2}`] : s === 3 ? [`s${s + 2}`] : [`s${s + 1}`];
			return (
				`  - { id: s${s}, title: Step ${s}, kind: exam, summary: Generated step ${s} of pathway ${p}., ` +
				`details: Generated details., next: [${next.join(', ')}], lastVerified: 2026-11-25, ` +
				'source: { title: Page, publisher: Body, url: "https://example.org/", accessed: "2026-11" } }'
			);
		});
		writeFileSync(
			join(dir, `content/docs/pathways/generated-${p}.mdx`),
			[
				'---',
				`title: Generated pathway ${p}`,
				'description: A generated country page used only to measure how the build scales with pathways.',
				'lastReviewed: 2026-11-25',
				'pageType: pathway',
				'sources:',
				'  - { title: Generated source, publisher: Benchmark, url: "https://example.org/", accessed: "2026-11" }',
				'---',
				"import PathwayDiagram from '@components/pathway/PathwayDiagram.astro';",
				'',
				'## Step by step',
				'',
				`<PathwayDiagram pathway="generated-${p}" />`,
				'',
			].join('\n'),
		);
		writeFileSync(
			join(dir, `content/pathways/generated-${p}.yaml`),
			[
				`country: Generated ${p}`,
				'intro: A generated pathway used only for the benchmark.',
				'start: s0',
				'routes: [{ id: main, label: Main, description: The generated main route. }]',
				'steps:',
				...steps,
				'',
			].join('\n'),
		);
		// The route finder needs rules for every route of every pathway (src/lib/finder/check.ts).
		writeFileSync(
			join(dir, `content/routes/generated-${p}.yaml`),
			[
				'routes:',
				'  main:',
				'    notes: A generated route used only for the benchmark.',
				'    rules:',
				`      - { id: generated-${p}-graduated, requirement: You have graduated from medical school., ` +
					'test: { stage: [graduate, internship, specialist] }, ifNot: closed, explainNot: Graduate first., ' +
					'lastVerified: 2026-11-25, ' +
					'source: { title: Page, publisher: Body, url: "https://example.org/", accessed: "2026-11" } }',
				'',
			].join('\n'),
		);
	}
	return dir;
}

const results: Record<string, unknown> = {
	date: new Date().toISOString(),
	machine: `${process.platform} ${process.arch}, node ${process.version}`,
};

console.log('Building the site…');
const main = build(root, 'dist');
results.build = { seconds: main.seconds, pages: main.pages, msPerPage: (main.seconds * 1000) / main.pages };

const weights = Object.fromEntries(
	Object.entries(PAGE_TYPES).map(([type, path]) => [type, measurePage(join(root, 'dist/'), path)]),
);
results.pages = weights;
// The diagram's script is written inline on the page (see src/integrations/inline-bundle.ts).
const pathwayHtml = parse(readFileSync(join(root, 'dist', PAGE_TYPES.pathway!, 'index.html'), 'utf8'));
const diagramScript = pathwayHtml
	.querySelectorAll('script:not([src])')
	.map((s) => s.text)
	.find((code) => code.includes('pathway-diagram'))!;
results.scripts = {
	diagramGzip: bytesOf(diagramScript).gzip,
	embedHostGzip: bytesOf(readFileSync(join(root, 'dist/embed.js'))).gzip,
};
results.search = await searchBytes(join(root, 'dist'));

console.log('Running Lighthouse (mobile preset)…');
const server = await serveStatic(join(root, 'dist'));
const lighthouse: Record<string, unknown> = {};
for (const [type, path] of Object.entries(PAGE_TYPES)) {
	lighthouse[type] = await runLighthouse(`${server.origin}${path}`, [
		'performance',
		'accessibility',
		'best-practices',
		'seo',
	]);
}
await server.close();
results.lighthouse = lighthouse;

const scaling: Record<string, unknown>[] = [
	{ articles: 0, pathways: 0, ...main, msPerPage: (main.seconds * 1000) / main.pages, ...(results.search as object) },
];
for (const [articles, pathways] of [
	[250, 12],
	[1000, 50],
] as const) {
	console.log(`Scaling run: ${articles} generated articles, ${pathways} generated pathways…`);
	const dir = scaledCopy(articles, pathways);
	const run = build(dir, 'dist');
	scaling.push({
		articles,
		pathways,
		...run,
		msPerPage: (run.seconds * 1000) / run.pages,
		...(await searchBytes(join(dir, 'dist'))),
	});
	rmSync(dir, { recursive: true, force: true });
}
results.scaling = scaling;

mkdirSync(join(root, '.tmp'), { recursive: true });
writeFileSync(join(root, '.tmp/bench-results.json'), JSON.stringify(results, null, 2));

// The table.
const b = results.build as { seconds: number; pages: number; msPerPage: number };
console.log(`\nBuild: ${b.seconds.toFixed(1)} s for ${b.pages} HTML pages (${b.msPerPage.toFixed(0)} ms per page)\n`);
console.log('First visit, by page type (gzip; raw in brackets)');
console.log(
	`${'type'.padEnd(10)}${'HTML'.padStart(20)}${'CSS'.padStart(20)}${'JS'.padStart(20)}${'fonts'.padStart(10)}${'total'.padStart(20)}`,
);
for (const [type, w] of Object.entries(weights)) {
	const cell = (x: { gzip: number; raw: number }) => ` ${kb(x.gzip)} (${kb(x.raw)})`.padStart(20);
	console.log(
		`${type.padEnd(10)}${cell(w.html)}${cell(w.css)}${cell(w.js)}${kb(w.fonts.gzip).padStart(10)}${cell(w.total)}`,
	);
}
const s = results.scripts as { diagramGzip: number; embedHostGzip: number };
console.log(`\nDiagram script: ${kb(s.diagramGzip)} gzip · embed.js host script: ${s.embedHostGzip} B gzip`);
const q = results.search as { firstQuery: number; secondQuery: number; indexOnDisk: number };
console.log(
	`Pagefind: index on disk ${kb(q.indexOnDisk)} · first query downloads ${kb(q.firstQuery)} · second query ${kb(q.secondQuery)}`,
);
console.log('\nLighthouse, mobile preset');
const LIGHTHOUSE_WIDTHS = [-10, 6, 6, 6, 6, 10, 8, 8];
console.log(tableRow(['type', 'perf', 'a11y', 'BP', 'SEO', 'LCP', 'TBT', 'CLS'], LIGHTHOUSE_WIDTHS));
for (const [type, r] of Object.entries(lighthouse) as [
	string,
	{ scores: Record<string, number>; metrics: { lcpMs?: number; tbtMs?: number; cls?: number } },
][]) {
	const { performance: perf, accessibility, seo } = r.scores;
	const metrics = [
		`${Math.round(r.metrics.lcpMs ?? 0)} ms`,
		`${Math.round(r.metrics.tbtMs ?? 0)} ms`,
		(r.metrics.cls ?? 0).toFixed(3),
	];
	console.log(tableRow([type, perf, accessibility, r.scores['best-practices'], seo, ...metrics], LIGHTHOUSE_WIDTHS));
}
console.log('\nScaling (generated content in a temporary copy; never committed)');
const SCALING_WIDTHS = [9, 10, 8, 9, 9, 11, 11, 11];
console.log(
	tableRow(['articles', 'pathways', 'pages', 'build', 'ms/page', 'index', '1st query', '2nd query'], SCALING_WIDTHS),
);
for (const r of scaling as {
	articles: number;
	pathways: number;
	pages: number;
	seconds: number;
	msPerPage: number;
	indexOnDisk: number;
	firstQuery: number;
	secondQuery: number;
}[]) {
	const sizes = [kb(r.indexOnDisk), kb(r.firstQuery), kb(r.secondQuery)];
	const cells = [r.articles, r.pathways, r.pages, `${r.seconds.toFixed(1)} s`, r.msPerPage.toFixed(0), ...sizes];
	console.log(tableRow(cells, SCALING_WIDTHS));
}
console.log('\nFull results: .tmp/bench-results.json');
