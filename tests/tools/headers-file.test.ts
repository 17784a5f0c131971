import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, pathMatches } from '../../tools/lib/headers-file.ts';
import { projectPath } from '../../tools/lib/project.ts';

const shipped = parseHeadersFile(readFileSync(projectPath('public/_headers'), 'utf8'));

describe('the shipped _headers file', () => {
	it('lets any site frame /embed/ pages', () => {
		expect(headersFor(shipped, '/embed/pathways/canada/')['content-security-policy']).toBe('frame-ancestors *');
	});
	it('lets only this site frame every other page', () => {
		for (const path of ['/', '/pathways/canada/', '/glossary/']) {
			expect(headersFor(shipped, path)['content-security-policy']).toBe("frame-ancestors 'self'");
		}
	});
	it('sends the security headers everywhere', () => {
		for (const path of ['/', '/embed/pathways/canada/']) {
			const headers = headersFor(shipped, path);
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		}
	});
	it('lets sandboxed embeds load their module scripts (which are fetched with CORS)', () => {
		expect(headersFor(shipped, '/_astro/PathwayDiagram.abc.js')['access-control-allow-origin']).toBe('*');
	});
});

describe('_headers parsing', () => {
	it('matches splats', () => {
		expect(pathMatches('/embed/*', '/embed/a/b/')).toBe(true);
		expect(pathMatches('/embed/*', '/embedded/')).toBe(false);
	});
	it('rejects malformed lines with the line number', () => {
		expect(() => parseHeadersFile('  X: y')).toThrow(/line 1/);
		expect(() => parseHeadersFile('/*\n  nonsense')).toThrow(/line 2/);
	});
});
