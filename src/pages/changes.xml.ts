import type { APIRoute } from 'astro';
import { guideChanges } from '../components/changes/guide-changes.ts';
import { changesAtomFeed } from '../lib/changes/atom.ts';
import { absoluteUrl } from '../lib/site/absolute-url.ts';
import { CHANGES_PAGE_PATH, changesFeedPath } from '../lib/site/routes.ts';

// /changes.xml: every change in the guide as an Atom feed.
export const GET: APIRoute = async ({ site }) =>
	new Response(
		changesAtomFeed({
			title: 'IMG Guide: what changed',
			feedPath: changesFeedPath(),
			pagePath: CHANGES_PAGE_PATH,
			changes: await guideChanges(),
			absolute: (path) => absoluteUrl(path, site),
		}),
		{ headers: { 'content-type': 'application/atom+xml; charset=utf-8' } },
	);
