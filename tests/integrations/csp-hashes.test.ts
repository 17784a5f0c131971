import { describe, expect, it } from 'vitest';
import { completeCsp, scriptHash } from '../../src/integrations/csp-hashes.ts';

const page = (head: string) =>
	[
		'<!doctype html><html><head><meta charset="utf-8"><script>inlineTheme()</script>',
		head,
		`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-bundled'; style-src 'self'"></head>`,
		'<body><script type="application/ld+json">{"a":1}</script><script src="/x.js"></script>',
		'<script type="module">moduleInline()</script><style>.x{color:red}</style></body></html>',
	].join('');

describe('completing the Content-Security-Policy', () => {
	const out = completeCsp(page(''), 'index.html');
	const policy = out.match(/content="([^"]*)"/)![1]!;

	it('adds a hash for every inline script the browser would run', () => {
		expect(policy).toContain(scriptHash('inlineTheme()'));
		expect(policy).toContain(scriptHash('moduleInline()'));
		expect(policy).toContain("'sha256-bundled'");
	});
	it('does not hash data blocks or external scripts', () => {
		expect(policy).not.toContain(scriptHash('{"a":1}'));
		expect(policy.match(/sha256-/g)).toHaveLength(4);
	});
	it('hashes inline style elements into style-src', () => {
		expect(policy).toMatch(new RegExp(`style-src 'self' ${scriptHash('.x{color:red}').replace(/[+/=]/g, '\\$&')}`));
	});
	it('moves the policy right after <meta charset> so it covers every script', () => {
		expect(out.indexOf('content-security-policy')).toBeLessThan(out.indexOf('<script'));
		expect(out.match(/content-security-policy/g)).toHaveLength(1);
	});
	it('keeps other directives', () => {
		expect(policy).toContain("style-src 'self'");
	});
	it('names the file when a page has no policy', () => {
		expect(() => completeCsp('<html><head><meta charset="utf-8"></head></html>', 'about/index.html')).toThrow(
			/about\/index\.html: no Content-Security-Policy/,
		);
	});
});
