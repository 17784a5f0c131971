// Node, at build time: bundles a browser script into one self-contained classic script to write inline.
// Embed pages use this: in a sandboxed iframe (how WordPress frames embeds) the page has an opaque origin,
// so module scripts, fetched with CORS, load only if the host sends CORS headers; inline scripts (allowed by
// their CSP hash) need nothing from the host.
import { resolve } from 'node:path';
import { build } from 'esbuild';

const bundles = new Map<string, Promise<string>>();

/** The bundled, minified code of src/scripts/<name>.ts, safe to place inside a <script> element. */
export function inlineScript(name: string): Promise<string> {
	let bundle = bundles.get(name);
	if (!bundle) {
		// Astro builds from the project root, so the path is resolved from there.
		bundle = build({
			entryPoints: [resolve('src/scripts', `${name}.ts`)],
			bundle: true,
			format: 'iife',
			minify: true,
			target: 'es2022',
			write: false,
		}).then((result) => result.outputFiles[0]!.text.replace(/<\/(script)/gi, '<\\/$1'));
		bundles.set(name, bundle);
	}
	return bundle;
}
