import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchCopy } from '../../tools/lib/project.ts';

// Bad input must fail the real build with a message naming the file and the field. Each case builds a
// scratch copy of the project (node_modules hard-linked, caches left out) with one broken file added.
let scratch = '';
beforeAll(() => {
	scratch = scratchCopy('bad-build');
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds the scratch copy with one extra file and returns the build's exit status and output. */
function buildWith(file: string, text: string): { status: number | null; output: string } {
	const path = join(scratch, file);
	writeFileSync(path, text);
	try {
		const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', '.tmp/out'], {
			cwd: scratch,
			encoding: 'utf8',
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
		});
		return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
	} finally {
		rmSync(path);
	}
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

describe('the build rejects bad input', () => {
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
page: /pathways/scratch/
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
});
