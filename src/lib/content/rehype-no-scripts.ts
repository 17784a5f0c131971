/** The slice of a hast / MDX JSX node this plugin reads. */
interface Node {
	type: string;
	tagName?: string;
	name?: string | null;
	value?: string;
	children?: Node[];
}

/** Whether a node is a <script>, written as HTML in Markdown or as JSX in MDX. */
function isScript(node: Node): boolean {
	if (node.type === 'element') return node.tagName === 'script';
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return node.name === 'script';
	return node.type === 'raw' && /<script[\s>]/i.test(node.value ?? '');
}

/**
 * Rehype plugin: articles may not carry scripts. The build hashes every inline script into the page's
 * Content-Security-Policy, so a script pasted into an article would run on the page and on its framable
 * embed; this stops the build instead, naming the file. Interactive features are components.
 */
export function rehypeNoScripts() {
	return (tree: Node, file: { path?: string }) => {
		const visit = (node: Node): void => {
			if (isScript(node)) {
				throw new Error(
					`${file.path ?? 'an article'}: articles may not contain a <script>. ` +
						'Remove it; build interactive features as components in src/components with a script in src/scripts.',
				);
			}
			node.children?.forEach(visit);
		};
		visit(tree);
	};
}
