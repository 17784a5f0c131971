import { withBase } from './paths.ts';

/** The slice of a hast / MDX JSX node this plugin reads and writes. */
interface Node {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
}

const URL_ATTRIBUTES = ['href', 'src'];

/** True for a site path ("/exams/usmle/"), false for protocol-relative, absolute or relative URLs. */
function isSitePath(value: unknown): value is string {
	return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//');
}

/**
 * Rehype plugin: authors write site paths ("/exams/plab/") and this adds the configured base
 * ("/img-guide/exams/plab/"), in Markdown links and in the href/src props of MDX components.
 */
export function rehypeBaseLinks({ base }: { base: string }) {
	const prefix = (value: string) => (value.startsWith(base) && base !== '/' ? value : withBase(value, base));
	const visit = (node: Node): void => {
		if (node.type === 'element' && node.properties) {
			for (const name of URL_ATTRIBUTES) {
				if (isSitePath(node.properties[name])) node.properties[name] = prefix(node.properties[name]);
			}
		}
		for (const attribute of node.attributes ?? []) {
			if (
				attribute.type === 'mdxJsxAttribute' &&
				URL_ATTRIBUTES.includes(attribute.name ?? '') &&
				isSitePath(attribute.value)
			) {
				attribute.value = prefix(attribute.value);
			}
		}
		node.children?.forEach(visit);
	};
	return () => (tree: Node) => visit(tree);
}
