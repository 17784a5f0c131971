// Real nginx and Apache serving the built site with the header rules the embed guide prints
// (src/lib/site/host-headers.ts), so the browser tests check those rules on the servers they are for.
// CI installs both (.ci/run); a missing server fails the test that needs it, saying how to install it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apacheConfig, nginxConfig } from '../../src/lib/site/host-headers.ts';
import type { StaticServer } from './static-server.ts';

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

async function waitUntilServing(origin: string, child: ChildProcess, log: () => string): Promise<void> {
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${log()}`);
		try {
			await fetch(origin);
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error(`The server did not answer on ${origin} within 10 seconds:\n${log()}`);
}

function requireBinary(path: string, name: string): void {
	if (!existsSync(path)) throw new Error(`${name} is not installed: apt-get install -y ${name} (.ci/run does this).`);
}

async function run(binary: string, args: (dir: string) => string[], dir: string, port: number): Promise<StaticServer> {
	let output = '';
	const child = spawn(binary, args(dir), { stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout.on('data', (d: Buffer) => (output += d.toString()));
	child.stderr.on('data', (d: Buffer) => (output += d.toString()));
	const origin = `http://127.0.0.1:${port}`;
	await waitUntilServing(origin, child, () => output);
	return {
		origin,
		close: async () => {
			child.kill('SIGTERM');
			await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(undefined)));
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** nginx serving `dist` with the generated location blocks. */
export async function serveWithNginx(dist: string): Promise<StaticServer> {
	requireBinary('/usr/sbin/nginx', 'nginx-light');
	const dir = mkdtempSync(join(tmpdir(), 'img-guide-nginx-'));
	const port = await freePort();
	writeFileSync(
		join(dir, 'nginx.conf'),
		`daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${dist};
    index index.html;
    error_page 404 /404.html;
${nginxConfig('/')
	.split('\n')
	.map((line) => `    ${line}`)
	.join('\n')}
  }
}
`,
	);
	return run('/usr/sbin/nginx', (d) => ['-c', join(d, 'nginx.conf'), '-p', d], dir, port);
}

/** Apache serving `dist` with the generated Header directives. */
export async function serveWithApache(dist: string): Promise<StaticServer> {
	requireBinary('/usr/sbin/apache2', 'apache2');
	const dir = mkdtempSync(join(tmpdir(), 'img-guide-apache-'));
	const port = await freePort();
	const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'headers'];
	writeFileSync(
		join(dir, 'httpd.conf'),
		`${modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
ServerName localhost
Listen 127.0.0.1:${port}
PidFile ${dir}/httpd.pid
ErrorLog ${dir}/error.log
User www-data
Group www-data
TypesConfig /etc/mime.types
DocumentRoot "${dist}"
<Directory "${dist}">
  Require all granted
  AllowOverride None
</Directory>
DirectoryIndex index.html
ErrorDocument 404 /404.html
${apacheConfig('/')}
`,
	);
	return run('/usr/sbin/apache2', (d) => ['-f', join(d, 'httpd.conf'), '-DFOREGROUND'], dir, port);
}
