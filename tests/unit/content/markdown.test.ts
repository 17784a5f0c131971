import { describe, expect, it } from 'vitest';
import { renderDetailsMarkdown } from '../../../src/lib/content/markdown.ts';
import { escapeHtml } from '../../../src/lib/site/escape-html.ts';

describe('step details Markdown', () => {
	it('renders emphasis and lists', () => {
		const html = renderDetailsMarkdown('Pass **PLAB 1**.\n\n- one\n- two', '/');
		expect(html).toContain('<strong>PLAB 1</strong>');
		expect(html).toContain('<li>one</li>');
	});
	it('adds the base path to site links and leaves other links alone', () => {
		const html = renderDetailsMarkdown('[PLAB](/exams/plab/) and [GMC](https://www.gmc-uk.org/)', '/img-guide/');
		expect(html).toContain('href="/img-guide/exams/plab/"');
		expect(html).toContain('href="https://www.gmc-uk.org/"');
	});
	it('shows raw HTML as text instead of running it', () => {
		const html = renderDetailsMarkdown('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>', '/');
		expect(html).not.toContain('<script');
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;script&gt;');
	});
	it('escapes quotes in attribute values', () => {
		expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
	});
});
