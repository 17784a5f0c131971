import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, pathMatches } from '../../tools/lib/headers-file.ts';
import { apacheConfig, headersFile, headersForPath, nginxConfig } from '../../src/lib/site/host-headers.ts';

const shipped = parseHeadersFile(headersFile('/'));

describe('the generated _headers file', () => {
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
	it('caches hashed assets for a year and pages briefly, with no doubled Cache-Control', () => {
		expect(headersFor(shipped, '/_astro/PathwayDiagram.abc.css')['cache-control']).toBe(
			'public, max-age=31536000, immutable',
		);
		expect(headersFor(shipped, '/pathways/canada/')['cache-control']).toBe('public, max-age=600');
	});
	it('lets content management systems fetch oEmbed responses', () => {
		expect(headersFor(shipped, '/oembed/pathways/canada.json')['access-control-allow-origin']).toBe('*');
	});
	it('says the same as the rules the nginx and Apache examples are made from', () => {
		for (const path of ['/', '/embed/pathways/canada/', '/_astro/x.js', '/oembed/index.json']) {
			const lowerCased = Object.fromEntries(
				Object.entries(headersForPath(path)).map(([name, value]) => [name.toLowerCase(), value]),
			);
			expect(headersFor(shipped, path)).toEqual(lowerCased);
		}
	});
	it('puts BASE_PATH in front of every path', () => {
		const based = parseHeadersFile(headersFile('/img-guide/'));
		expect(headersFor(based, '/img-guide/embed/x/')['content-security-policy']).toBe('frame-ancestors *');
		expect(headersFor(based, '/embed/x/')['content-security-policy']).toBeUndefined();
		expect(nginxConfig('/img-guide/')).toContain('location ^~ /img-guide/embed/ {');
		expect(apacheConfig('/img-guide/')).toContain('m#^/img-guide/embed/#');
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
