import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
};

/** A running static server for a built site, like the static hosts the README names. */
export interface StaticServer {
	origin: string;
	close(): Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port, like a static host: directories serve index.html, unknown
 * paths the 404 page, and the site's own `_headers` file is applied (framing rules, CORS, nosniff) unless
 * `applyHeaders` is false, like GitHub Pages, S3 or a plain nginx, which send no custom headers.
 */
export async function serveStatic(dir: string, { base = '/', applyHeaders = true } = {}): Promise<StaticServer> {
	const headersFile = join(dir, '_headers');
	const rules: HeaderRule[] =
		applyHeaders && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		for (const [name, value] of Object.entries(headersFor(rules, url.pathname))) res.setHeader(name, value);
		let path = decodeURIComponent(url.pathname);
		if (!path.startsWith(base)) return notFound();
		path = normalize(path.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, '');
		let file = join(dir, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return notFound();
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);

		function notFound() {
			res.writeHead(404, { 'content-type': TYPES['.html']! });
			const page = join(dir, '404.html');
			if (existsSync(page)) createReadStream(page).pipe(res);
			else res.end('Not found');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
