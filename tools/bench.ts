// `npm run bench`: builds the site, measures it and prints a table; the same figures go to
// .tmp/bench-results.json. Timings belong here, not in the pass/fail tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { listFiles } from '../src/integrations/built-pages.ts';
import { SAMPLE_PAGES, bytesOf, measurePage } from './lib/page-weight.ts';
import { SEARCH_RANKING } from '../src/lib/search/ranking.ts';
import { serveStatic } from './lib/static-server.ts';
import { runLighthouse } from './lib/lighthouse.ts';
import * as pagefind from './lib/pagefind.ts';
import { PROJECT_ROOT as root, scratchCopy } from './lib/project.ts';

// The benchmark table shows one row per page type; the article embed is covered by the budgets test.
const PAGE_TYPES = Object.fromEntries(Object.entries(SAMPLE_PAGES).filter(([type]) => type !== 'embedArticle'));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function build(cwd: string, outDir: string): { seconds: number; pages: number } {
	const start = performance.now();
	// Large runs log a lot (one warning per generated page), hence the generous buffer.
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		cwd,
		encoding: 'utf8',
		maxBuffer: 1024 ** 3,
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
			`---\ntitle: Generated article ${i}\ndescription: A generated article used only to measure how the build scales with content.\nlastReviewed: 2026-11-25\nsources:\n  - { title: Generated source, publisher: Benchmark, url: "https://example.org/${i}", accessed: "2026-11" }\n---\nimport Term from '@components/glossary/Term.astro';\n\n` +
				`## Overview ${i}\n\nThis page talks about <Term>${t}</Term> and the steps around it. Doctors plan each stage, book exams and collect documents. Article number ${i} exists to give the search index realistic text.\n\n` +
				`## Details\n\n- First point about ${t} number ${i}.\n- Second point with a [link](/glossary/).\n- Third point about registration and supervised practice.\n\n## More\n\n${'Plain sentences about training, licensing and employment follow here. '.repeat(12)}\n`,
		);
	}
	for (let p = 0; p < pathways; p++) {
		const steps = Array.from({ length: 10 }, (_, s) => {
			const next = s === 9 ? [] : s === 2 ? [`s${s + 1}`, `s${s + 2}`] : s === 3 ? [`s${s + 2}`] : [`s${s + 1}`];
			return `  - { id: s${s}, title: Step ${s}, kind: exam, summary: Generated step ${s} of pathway ${p}., details: Generated details., next: [${next.join(', ')}], lastVerified: 2026-11-25, source: { title: Page, publisher: Body, url: "https://example.org/", accessed: "2026-11" } }`;
		});
		writeFileSync(
			join(dir, `content/docs/pathways/generated-${p}.mdx`),
			`---\ntitle: Generated pathway ${p}\ndescription: A generated country page used only to measure how the build scales with pathways.\nlastReviewed: 2026-11-25\npageType: pathway\nsources:\n  - { title: Generated source, publisher: Benchmark, url: "https://example.org/", accessed: "2026-11" }\n---\nimport PathwayDiagram from '@components/pathway/PathwayDiagram.astro';\n\n## Step by step\n\n<PathwayDiagram pathway="generated-${p}" />\n`,
		);
		writeFileSync(
			join(dir, `content/pathways/generated-${p}.yaml`),
			`country: Generated ${p}\npage: /pathways/generated-${p}/\nintro: A generated pathway used only for the benchmark.\nstart: s0\nroutes: [{ id: main, label: Main, description: The generated main route. }]\nsteps:\n${steps.join('\n')}\n`,
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
const diagramScript = weights.pathway!.files.find((f) => f.includes('PathwayDiagram'))!;
results.scripts = {
	diagramGzip: bytesOf(readFileSync(join(root, 'dist', diagramScript))).gzip,
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
console.log(
	`${'type'.padEnd(10)}${'perf'.padStart(6)}${'a11y'.padStart(6)}${'BP'.padStart(6)}${'SEO'.padStart(6)}${'LCP'.padStart(10)}${'TBT'.padStart(8)}${'CLS'.padStart(8)}`,
);
for (const [type, r] of Object.entries(lighthouse) as [
	string,
	{ scores: Record<string, number>; metrics: { lcpMs?: number; tbtMs?: number; cls?: number } },
][]) {
	console.log(
		`${type.padEnd(10)}${String(r.scores.performance).padStart(6)}${String(r.scores.accessibility).padStart(6)}${String(r.scores['best-practices']).padStart(6)}${String(r.scores.seo).padStart(6)}${`${Math.round(r.metrics.lcpMs ?? 0)} ms`.padStart(10)}${`${Math.round(r.metrics.tbtMs ?? 0)} ms`.padStart(8)}${(r.metrics.cls ?? 0).toFixed(3).padStart(8)}`,
	);
}
console.log('\nScaling (generated content in a temporary copy; never committed)');
console.log(
	`${'articles'.padStart(9)}${'pathways'.padStart(10)}${'pages'.padStart(8)}${'build'.padStart(9)}${'ms/page'.padStart(9)}${'index'.padStart(11)}${'1st query'.padStart(11)}${'2nd query'.padStart(11)}`,
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
	console.log(
		`${String(r.articles).padStart(9)}${String(r.pathways).padStart(10)}${String(r.pages).padStart(8)}${`${r.seconds.toFixed(1)} s`.padStart(9)}${r.msPerPage.toFixed(0).padStart(9)}${kb(r.indexOnDisk).padStart(11)}${kb(r.firstQuery).padStart(11)}${kb(r.secondQuery).padStart(11)}`,
	);
}
console.log('\nFull results: .tmp/bench-results.json');
