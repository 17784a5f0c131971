import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/lib/site/options.ts';
import { DIST, DIST_BASE, TEST_BASE, requireBuilt } from '../support/dist.ts';
import { findBrokenLinks } from '../../src/integrations/link-check.ts';

describe('links in the built site', () => {
	it('has no broken internal link, asset or anchor', () => {
		requireBuilt(DIST, 'npm run build');
		expect(findBrokenLinks(DIST, { siteOrigin: DEFAULT_SITE_URL })).toEqual([]);
	});

	it(`has no link or asset that escapes the base path when built under ${TEST_BASE}`, () => {
		requireBuilt(DIST_BASE, 'npm run build:base');
		expect(findBrokenLinks(DIST_BASE, { base: TEST_BASE, siteOrigin: DEFAULT_SITE_URL })).toEqual([]);
	});
});
