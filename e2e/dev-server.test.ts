import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The README's run command is `npm start` (the Astro dev server); it must serve every kind of page.
let dev: ChildProcess;
let origin: string;

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

beforeAll(async () => {
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	// A clean environment, as a person's shell has: Vite and Astro change behaviour when they see Vitest's variables.
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$)/.test(name)),
	);
	dev = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
		{ stdio: ['ignore', 'pipe', 'pipe'], env },
	);
	let log = '';
	let lastError: unknown;
	dev.stdout!.on('data', (d) => (log += d));
	dev.stderr!.on('data', (d) => (log += d));
	for (let i = 0; i < 120; i++) {
		try {
			if ((await fetch(`${origin}/`)).ok) return;
		} catch (error) {
			lastError = error;
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(
		`The dev server did not answer within 60 seconds. Asked for ${origin}. ` +
			`Last error: ${String(lastError)} ${String((lastError as { cause?: unknown })?.cause)}. ` +
			`It printed:\n${log.slice(-2000)}`,
	);
});
afterAll(() => {
	dev?.kill();
});

describe('the dev server (npm start)', () => {
	it.each(['/', '/pathways/united-kingdom/', '/glossary/', '/search/', '/embed/pathways/canada/'])(
		'serves %s',
		async (path) => {
			const response = await fetch(`${origin}${path}`);
			expect(response.status).toBe(200);
			const html = await response.text();
			expect(html).toMatch(/<h1[^>]*>/);
			expect(html).not.toMatch(/AstroError|vite-error-overlay/);
		},
	);
});
