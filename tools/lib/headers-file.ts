/** One rule of a `_headers` file: a path pattern and the header operations under it. */
export interface HeaderRule {
	pattern: string;
	/** In file order: set a header, or remove ("! Name") one set by an earlier rule. */
	operations: ({ op: 'set'; name: string; value: string } | { op: 'detach'; name: string })[];
}

/** Parses the `_headers` format of Cloudflare Pages and Netlify (comments, path lines, indented headers). */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const [i, raw] of text.split('\n').entries()) {
		const line = raw.replace(/\s+$/, '');
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), operations: [] });
			continue;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`_headers line ${i + 1}: a header comes before any path`);
		const detach = line.trim().match(/^!\s*([\w-]+)$/);
		if (detach) {
			rule.operations.push({ op: 'detach', name: detach[1]!.toLowerCase() });
			continue;
		}
		const set = line.trim().match(/^([\w-]+):\s*(.+)$/);
		if (!set) throw new Error(`_headers line ${i + 1}: expected "Name: value" or "! Name", got "${line.trim()}"`);
		rule.operations.push({ op: 'set', name: set[1]!.toLowerCase(), value: set[2]! });
	}
	return rules;
}

/** True when a URL path matches a rule pattern, where "*" matches any run of characters. */
export function pathMatches(pattern: string, path: string): boolean {
	const regex = new RegExp(
		`^${pattern
			.split('*')
			.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
			.join('.*')}$`,
	);
	return regex.test(path);
}

/** The headers a host applying `rules` in order sends for `path` (lower-case names). */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules) {
		if (!pathMatches(rule.pattern, path)) continue;
		for (const operation of rule.operations) {
			if (operation.op === 'detach') delete headers[operation.name];
			else
				headers[operation.name] = headers[operation.name]
					? `${headers[operation.name]}, ${operation.value}`
					: operation.value;
		}
	}
	return headers;
}
