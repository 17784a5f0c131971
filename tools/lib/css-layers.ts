// Checks that a page's CSS declares Starlight's cascade-layer order before anything opens a layer. When a
// layer block comes first, the order falls back to first appearance and starlight.reset can end up on top,
// which removed every article's paragraph and heading spacing once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STARLIGHT_STYLE_DIR } from '../../src/integrations/starlight-style.ts';

/** Starlight's declared layer order, read from its own layers.css. */
export function starlightLayerOrder(): string[] {
	const statement = readFileSync(join(STARLIGHT_STYLE_DIR, 'layers.css'), 'utf8').match(/@layer\s+([^;{]+);/);
	if (!statement)
		throw new Error('No @layer statement in Starlight’s layers.css: has Starlight changed how it orders layers?');
	return layerNames(statement[1]!);
}

function layerNames(list: string): string[] {
	return list.split(',').map((name) => name.trim());
}

/**
 * What is wrong with the layer order of CSS in the order the page loads it, or undefined when it is right.
 * Layers are ordered by first appearance, in `@layer a, b;` statements and `@layer a {…}` blocks alike (a
 * minifier may merge the two), so Starlight's layers must first appear in Starlight's declared order.
 */
export function layerOrderProblem(css: string, expected: readonly string[]): string | undefined {
	const seen: string[] = [];
	for (const [, list] of css.matchAll(/@layer\s+([^;{]+)[;{]/g)) {
		for (const name of layerNames(list!)) if (!seen.includes(name)) seen.push(name);
	}
	const actual = seen.filter((name) => expected.includes(name));
	if (actual.length === 0) return undefined;
	if (actual.join() === expected.join()) return undefined;
	return `Starlight's layers first appear as ${actual.join(', ')}, not in its declared order ${expected.join(', ')}`;
}
