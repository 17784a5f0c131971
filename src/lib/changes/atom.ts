import { Feed } from 'feed';
import { formatIsoDate, startOfIsoDate } from '../content/dates.ts';
import { escapeHtml } from '../site/escape-html.ts';
import { CHANGES_PAGE_PATH } from '../site/routes.ts';
import type { ChangeEntry } from './collect.ts';

export interface AtomFeedOptions {
	title: string;
	/** Site path of the feed itself and of the page it mirrors. */
	feedPath: string;
	pagePath: string;
	changes: readonly ChangeEntry[];
	/** Turns a site path into an absolute URL (feeds need absolute links). */
	absolute: (sitePath: string) => string;
}

/**
 * An Atom 1.0 feed of changes. Each entry's id is its anchor on /changes/, so it stays the same across builds
 * and feeds; `updated` is the day the change took effect (the first day of its month or year when only that is known).
 */
export function changesAtomFeed({ title, feedPath, pagePath, changes, absolute }: AtomFeedOptions): string {
	const newest = changes.length ? startOfIsoDate(changes[0]!.date) : new Date(0);
	const feed = new Feed({
		title,
		id: absolute(feedPath),
		link: absolute(pagePath),
		feedLinks: { atom: absolute(feedPath) },
		updated: newest,
		author: { name: 'IMG Guide', link: absolute('/') },
		copyright: 'CC BY 4.0 (IMG Guide)',
		language: 'en',
		generator: false,
	});
	for (const change of changes) {
		const source = `<a href="${escapeHtml(change.source.url)}">${escapeHtml(change.source.publisher)}: ${escapeHtml(change.source.title)}</a>`;
		feed.addItem({
			title: escapeHtml(
				`${formatIsoDate(change.date)}: ${change.summary}${change.reported ? ' (reported, not confirmed)' : ''}`,
			),
			id: absolute(`${CHANGES_PAGE_PATH}#${change.key}`),
			link: absolute(change.target.path),
			date: startOfIsoDate(change.date),
			description: `<p>${escapeHtml(change.summary)}</p><p>About: ${escapeHtml(change.target.title)}. Source: ${source}</p>`,
		});
	}
	return feed.atom1();
}
