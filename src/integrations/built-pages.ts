import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file under `dir`, as POSIX paths relative to it. */
export function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else out.push(relative(dir, full).split(sep).join('/'));
		}
	};
	walk(dir);
	return out.sort();
}

/** The URL path a built HTML file is served at, e.g. "glossary/index.html" → "/glossary/". */
export function urlPathOf(file: string, base = '/'): string {
	const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
	return base + path;
}

/** A parsed built page. */
export interface BuiltPage {
	file: string;
	urlPath: string;
	root: HTMLElement;
	html: string;
}

/** Parses every HTML page in a built site. */
export function readPages(dir: string, base = '/'): BuiltPage[] {
	return listFiles(dir)
		.filter((f) => f.endsWith('.html'))
		.map((file) => {
			const html = readFileSync(join(dir, file), 'utf8');
			return { file, urlPath: urlPathOf(file, base), root: parse(html), html };
		});
}
