import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, normaliseBase, siteOptions } from '../../../src/lib/site/options.ts';
import { withBase } from '../../../src/lib/site/paths.ts';

describe('site options from the environment', () => {
	it('defaults to the local preview origin at the root', () => {
		expect(siteOptions({})).toEqual({ site: DEFAULT_SITE_URL, base: '/' });
	});
	it('normalises the base path however it is written', () => {
		for (const raw of ['img-guide', '/img-guide', '/img-guide/', ' img-guide/ '])
			expect(normaliseBase(raw)).toBe('/img-guide/');
		expect(normaliseBase('/a//b/')).toBe('/a/b/');
		expect(normaliseBase('')).toBe('/');
	});
	it('rejects a base path that is a URL or has a query', () => {
		expect(() => normaliseBase('https://x.org/guide')).toThrow(/BASE_PATH/);
		expect(() => normaliseBase('/guide?x=1')).toThrow(/BASE_PATH/);
	});
	it('rejects a site URL that is not absolute http(s)', () => {
		expect(() => siteOptions({ SITE_URL: 'example.edu' })).toThrow(/SITE_URL/);
		expect(() => siteOptions({ SITE_URL: 'ftp://example.edu' })).toThrow(/http or https/);
	});
	it('keeps a site URL without a trailing slash', () => {
		expect(siteOptions({ SITE_URL: 'https://example.edu/' }).site).toBe('https://example.edu');
	});
});

describe('withBase', () => {
	it('prefixes site paths with the base exactly once', () => {
		expect(withBase('/glossary/#usmle', '/img-guide/')).toBe('/img-guide/glossary/#usmle');
		expect(withBase('glossary/', '/')).toBe('/glossary/');
	});
	it('leaves absolute URLs alone', () => {
		expect(withBase('https://www.gmc-uk.org/', '/img-guide/')).toBe('https://www.gmc-uk.org/');
	});
});
