import { Marked, type Tokens } from 'marked';
import { withBase } from '../site/paths.ts';
import { escapeHtml } from '../site/escape-html.ts';

/**
 * Renders the short Markdown used in pathway step details. Site paths get the base prefix,
 * and raw HTML is shown as text: data files hold prose, never markup.
 */
export function renderDetailsMarkdown(markdown: string, base: string = import.meta.env.BASE_URL): string {
	const marked = new Marked({
		gfm: true,
		renderer: {
			html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
			link({ href, tokens }: Tokens.Link) {
				const target = href.startsWith('/') ? withBase(href, base) : href;
				return `<a href="${escapeHtml(target)}">${this.parser.parseInline(tokens)}</a>`;
			},
		},
	});
	return marked.parse(markdown, { async: false });
}
