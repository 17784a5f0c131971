import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, scratchCopy } from '../../tools/lib/project.ts';

// Bad input must fail the real build with a message naming the file and the field. Each case builds a
// scratch copy of the project (node_modules hard-linked, caches left out) with one broken file added.
let scratch = '';
beforeAll(() => {
	scratch = scratchCopy('bad-build');
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Builds the scratch copy with one file added or replaced (restored afterwards) and returns the build's exit
 * status and output. `env` replaces the environment's build settings (SITE_URL defaults to the local one).
 */
function buildWith(file: string, text: string, env: Record<string, string | undefined> = {}): BuildResult {
	const path = join(scratch, file);
	const original = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
	writeFileSync(path, text);
	try {
		return build(env);
	} finally {
		if (original === undefined) rmSync(path);
		else writeFileSync(path, original);
	}
}

interface BuildResult {
	status: number | null;
	output: string;
}

function build(env: Record<string, string | undefined> = {}): BuildResult {
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', '.tmp/out'], {
		cwd: scratch,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', SITE_URL: LOCAL_SITE_URL, ...env },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const frontmatter = (extra = '') => `---
title: Scratch page
description: A page that exists only to prove the build rejects bad input.
lastReviewed: 2026-11-25
${extra}---
`;
const sources = `sources:
  - { title: Official page, publisher: Regulator, url: "https://example.org/", accessed: "2026-05" }
`;

const BROKEN_YAML = '- id: broken\n  question: "an unclosed quote\n  answer: x\n';

describe('the build rejects bad input', () => {
	// First, while Astro's cache is still cold (nothing has been built in the scratch copy yet).
	it('fails on a YAML syntax error in content/faq.yaml with a cold cache, naming the file and the line', () => {
		const { status, output } = buildWith('content/faq.yaml', BROKEN_YAML);
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/faq\.yaml, line \d+, column \d+/);
	});

	it('fails on an unknown glossary term, naming the term and the file', () => {
		const { status, output } = buildWith(
			'content/docs/scratch.mdx',
			`${frontmatter(sources)}import Term from '@components/glossary/Term.astro';\n\nSee <Term>ZZTOP</Term>.\n`,
		);
		expect(status).not.toBe(0);
		expect(output).toContain('Unknown glossary term "ZZTOP" in content/docs/scratch.mdx');
	});

	it('fails on a broken internal link, naming the page and the link', () => {
		const { status, output } = buildWith(
			'content/docs/scratch.mdx',
			`${frontmatter(sources)}\nSee [nowhere](/no-such-page/).\n`,
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(/\/scratch\/: "\/no-such-page\/": no file for \/no-such-page\//);
	});

	it('fails on an article without sources, naming the file and the field', () => {
		const { status, output } = buildWith('content/docs/scratch.mdx', `${frontmatter()}\nNo sources here.\n`);
		expect(status).not.toBe(0);
		expect(output).toMatch(/scratch\.mdx/);
		expect(output).toMatch(/sources/);
	});

	it('fails on a pathway with a cycle, naming the file, the field and the steps', () => {
		const { status, output } = buildWith(
			'content/pathways/scratch.yaml',
			`country: Scratch
intro: A pathway that loops back on itself.
start: a
routes: [{ id: main, label: Main, description: The only route in this file. }]
steps:
${['a:b', 'b:a', 'c:']
	.map((pair) => {
		const [id, next] = pair.split(':');
		return (
			`  - { id: ${id}, title: Step ${id}, kind: exam, summary: A step of the scratch file., details: Some details., ` +
			`next: [${next}], lastVerified: 2026-11-25, ` +
			'source: { title: Page, publisher: Body, url: "https://example.org/", accessed: "2026-05" } }'
		);
	})
	.join('\n')}
`,
		);
		expect(status).not.toBe(0);
		expect(output).toContain('scratch.yaml');
		expect(output).toMatch(/cycle: a → b → a/);
		expect(output).toMatch(/Step "c" cannot be reached from the start step "a"/);
	});

	it('fails a production build without SITE_URL, saying how to set it', () => {
		const { status, output } = build({ SITE_URL: '' });
		expect(status).not.toBe(0);
		expect(output).toContain('SITE_URL is not set');
		expect(output).toContain('SITE_URL=https://example.edu npm run build');
	});

	it('fails on a script in an article, naming the file', () => {
		const { status, output } = buildWith(
			'content/docs/scratch.mdx',
			`${frontmatter(sources)}\nText.\n\n<script>{'alert(document.domain)'}</script>\n`,
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/docs\/scratch\.mdx: articles may not contain a <script>/);
	});
});

describe('the build rejects broken data files with a warm cache', () => {
	beforeAll(() => {
		// A good build first, so the content cache holds the last good data (which must not be published).
		expect(build().status).toBe(0);
	}, 180_000);

	it.each(['content/faq.yaml', 'content/workforce.yaml', 'content/glossary.yaml'])(
		'fails on a YAML syntax error in %s, naming the file and the line',
		(file) => {
			const { status, output } = buildWith(file, BROKEN_YAML);
			expect(status).not.toBe(0);
			expect(output).toMatch(new RegExp(`${file.replace('.', '\\.')}, line \\d+, column \\d+`));
			expect(output).not.toContain('Unknown glossary term');
		},
	);

	it('fails on a malformed US state file, naming the file and the field', () => {
		const { status, output } = buildWith(
			'content/us-states/scratch.yaml',
			readFileSync(join(scratch, 'content/us-states/tennessee.yaml'), 'utf8')
				.replace('status: law-enacted', 'status: passed')
				.replace(/^code: TN$/m, 'code: ZZ'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('content/us-states/scratch.yaml');
		expect(output).toMatch(/status/);
	});

	it('fails on a rule that no longer applies whose detection pattern does not compile, naming the file and the field', () => {
		const file = 'content/superseded.yaml';
		const { status, output } = buildWith(
			file,
			readFileSync(join(scratch, file), 'utf8').replace(/^ {4}topic: .*Step 2 CS.*$/m, '    topic: /(unclosed/'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('content/superseded.yaml');
		expect(output).toMatch(/detect\.topic: This regular expression does not compile/);
	});

	it('fails on a pathway change with a malformed date, naming the file and the field', () => {
		const file = 'content/pathways/canada.yaml';
		const { status, output } = buildWith(
			file,
			readFileSync(join(scratch, file), 'utf8').replace('- date: "2026-01-26"', '- date: "26 January 2026"'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('content/pathways/canada.yaml');
		expect(output).toMatch(/steps\.\d+\.changes\.\d+\.date: Use YYYY, YYYY-MM or YYYY-MM-DD/);
	});

	it('fails on a "Recent changes" list with nothing to list, naming the file', () => {
		const { status, output } = buildWith(
			'content/docs/scratch.mdx',
			`${frontmatter(sources)}import RecentChanges from '@components/changes/RecentChanges.astro';\n\n## Recent changes\n\n<RecentChanges />\n`,
		);
		expect(status).not.toBe(0);
		expect(output).toContain('content/docs/scratch.mdx: <RecentChanges /> has nothing to list');
	});

	it('fails on an empty pathway file, naming it', () => {
		const { status, output } = buildWith('content/pathways/scratch.yaml', '');
		expect(status).not.toBe(0);
		expect(output).toContain('content/pathways/scratch.yaml: expected a mapping of fields');
	});
});
