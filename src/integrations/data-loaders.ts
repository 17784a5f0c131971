// Content loaders for the project's data files: YAML lists and folders, and the interface-string JSON.
// Astro's own file() loader only logs a parse error and carries on (the build then publishes an empty or
// stale collection); these stop the build and name the file, the line and, for schema errors, the field.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { YAMLParseError, parse } from 'yaml';

/** Reads and parses one YAML file, throwing an error that names the file and the line of a syntax error. */
export function readYaml(path: string, displayName: string): unknown {
	const text = readFileSync(path, 'utf8');
	try {
		return parse(text);
	} catch (error) {
		if (error instanceof YAMLParseError) {
			const line = error.linePos?.[0];
			const where = line ? `${displayName}, line ${line.line}, column ${line.col}` : displayName;
			throw new AstroError(`${where}: ${error.message.split('\n')[0]}`, 'Fix the YAML syntax in that file.');
		}
		throw error;
	}
}

/** A YAML file holding a list of entries, each with an `id` (glossary, FAQ, chart data). */
export function yamlListLoader(fileName: string): Loader {
	return {
		name: 'img-guide:yaml-list',
		load: async (context) => {
			const path = fileURLToPath(new URL(fileName, context.config.root));
			await loadList(context, path, fileName);
			context.watcher?.add(path);
			context.watcher?.on('change', (changed) => {
				if (changed === path) void loadList(context, path, fileName);
			});
		},
	};
}

async function loadList(context: LoaderContext, path: string, fileName: string): Promise<void> {
	const data = readYaml(path, fileName);
	if (!Array.isArray(data) || data.length === 0) {
		throw new AstroError(`${fileName}: expected a non-empty list of entries.`, 'Each entry starts with "- id: …".');
	}
	const entries = await Promise.all(
		data.map(async (raw: unknown, index) => {
			const id = (raw as { id?: unknown } | null)?.id;
			if (typeof id !== 'string' || !id) {
				throw new AstroError(`${fileName}: entry ${index + 1} has no "id".`, 'Give every entry a unique id.');
			}
			return { id, data: await context.parseData({ id, data: raw as Record<string, unknown>, filePath: path }) };
		}),
	);
	const seen = new Set<string>();
	for (const { id } of entries) {
		if (seen.has(id)) throw new AstroError(`${fileName}: the id "${id}" is used twice.`, 'Ids must be unique.');
		seen.add(id);
	}
	context.store.clear();
	for (const entry of entries) context.store.set({ ...entry, filePath: fileName });
}

/** A folder of YAML files, one entry per file, its id the file name (content/pathways/<id>.yaml). */
export function yamlFolderLoader(folder: string): Loader {
	return {
		name: 'img-guide:yaml-folder',
		load: async (context) => {
			const dir = fileURLToPath(new URL(folder, context.config.root));
			await loadFolder(context, dir);
			context.watcher?.add(dir);
			context.watcher?.on('change', (changed) => {
				if (changed.startsWith(dir)) void loadFolder(context, dir);
			});
		},
	};
}

async function loadFolder(context: LoaderContext, dir: string): Promise<void> {
	const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
	const entries = await Promise.all(
		files.map(async (file) => {
			const path = join(dir, file);
			const displayName = relative(fileURLToPath(context.config.root), path);
			const data = readYaml(path, displayName);
			if (data === null || typeof data !== 'object' || Array.isArray(data)) {
				throw new AstroError(
					`${displayName}: expected a mapping of fields (country, intro, steps, …).`,
					'Is the file empty?',
				);
			}
			const id = file.slice(0, -'.yaml'.length);
			return {
				id,
				filePath: displayName,
				data: await context.parseData({ id, data: data as Record<string, unknown>, filePath: path }),
			};
		}),
	);
	context.store.clear();
	for (const entry of entries) context.store.set(entry);
}

/** One YAML file holding a single mapping, stored as one entry whose id is the file name (content/finder.yaml). */
export function yamlFileLoader(fileName: string): Loader {
	return {
		name: 'img-guide:yaml-file',
		load: async (context) => {
			const path = fileURLToPath(new URL(fileName, context.config.root));
			const load = async () => {
				const data = readYaml(path, fileName);
				if (data === null || typeof data !== 'object' || Array.isArray(data))
					throw new AstroError(`${fileName}: expected a mapping of fields.`, 'Is the file empty?');
				const id = fileName.replace(/^.*\//, '').replace(/\.yaml$/, '');
				const entry = await context.parseData({ id, data: data as Record<string, unknown>, filePath: path });
				context.store.clear();
				context.store.set({ id, data: entry, filePath: fileName });
			};
			await load();
			context.watcher?.add(path);
			context.watcher?.on('change', (changed) => {
				if (changed === path) void load();
			});
		},
	};
}

/**
 * The interface strings, content/i18n/<language>.json, one entry per language. Entries carry no filePath on
 * purpose: Starlight keys translations by a file's path under src/content/i18n, or by the entry id when there
 * is no path, and ours live in content/.
 */
export function uiStringsLoader(folder: string): Loader {
	return {
		name: 'img-guide:ui-strings',
		load: async (context) => {
			const dir = fileURLToPath(new URL(folder, context.config.root));
			const root = fileURLToPath(context.config.root);
			context.store.clear();
			for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
				const displayName = relative(root, join(dir, file));
				let data: unknown;
				try {
					data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
				} catch (error) {
					throw new AstroError(`${displayName}: ${(error as Error).message}`, 'Fix the JSON syntax in that file.');
				}
				const id = file.slice(0, -'.json'.length);
				context.store.set({
					id,
					data: await context.parseData({ id, data: data as Record<string, unknown>, filePath: join(dir, file) }),
				});
			}
		},
	};
}
