import type { Country } from '../content/countries.ts';
import { startOfIsoDate } from '../content/dates.ts';
import { pagePath, stepPath } from '../site/routes.ts';
import type { Change } from './schema.ts';

/** A change placed in the guide: what it concerns, where that is explained, and a stable key for links and feeds. */
export interface ChangeEntry extends Change {
	/** Stable across builds while the date, place and summary stay the same (anchors and Atom entry ids). */
	key: string;
	country: Country;
	/** The step or page the change concerns. */
	target: { title: string; path: string; pathway?: string; step?: string };
}

export interface PathwayChanges {
	id: string;
	country: Country;
	countryName: string;
	steps: readonly { id: string; title: string; changes: readonly Change[] }[];
}

export interface PageChanges {
	routeId: string;
	title: string;
	country: Country;
	changes: readonly Change[];
}

/** Every change in the guide, newest first (a change known only to the month sorts before that month's days). */
export function collectChanges(pathways: readonly PathwayChanges[], pages: readonly PageChanges[]): ChangeEntry[] {
	const entries: ChangeEntry[] = [];
	for (const pathway of pathways) {
		for (const step of pathway.steps) {
			for (const change of step.changes) {
				const target = {
					title: `${step.title} (${pathway.countryName})`,
					path: stepPath(pathway.id, step.id),
					pathway: pathway.id,
					step: step.id,
				};
				entries.push({ ...change, country: pathway.country, target, key: changeKey(change, target.path) });
			}
		}
	}
	for (const page of pages) {
		for (const change of page.changes) {
			const target = { title: page.title, path: pagePath(page.routeId) };
			entries.push({ ...change, country: page.country, target, key: changeKey(change, target.path) });
		}
	}
	const keys = new Set<string>();
	for (const entry of entries) {
		if (keys.has(entry.key))
			throw new Error(`The change "${entry.summary}" is recorded twice for ${entry.target.path}`);
		keys.add(entry.key);
	}
	return entries.sort(newestFirst);
}

/** The changes a page lists: its own, its pathway's steps' and, on an exam page, those about its exams. */
export function changesForPage(
	all: readonly ChangeEntry[],
	page: { routeId: string; pathway?: string | undefined; exams?: readonly string[] },
): ChangeEntry[] {
	const path = pagePath(page.routeId);
	return all.filter(
		(entry) =>
			entry.target.path === path ||
			(page.pathway !== undefined && entry.target.pathway === page.pathway) ||
			entry.exams.some((exam) => page.exams?.includes(exam)),
	);
}

/** Each step's newest change, for the diagram's "changed since your last visit" notes. */
export function latestChangeByStep(steps: readonly { id: string; changes: readonly Change[] }[]): Map<string, Change> {
	const latest = new Map<string, Change>();
	for (const step of steps) {
		const newest = [...step.changes].sort(newestFirst)[0];
		if (newest) latest.set(step.id, newest);
	}
	return latest;
}

/** Sorts changes newest first; a change known only to the month comes before that month's days. */
export function newestFirst(a: Pick<Change, 'date'>, b: Pick<Change, 'date'>): number {
	return startOfIsoDate(b.date).getTime() - startOfIsoDate(a.date).getTime() || b.date.length - a.date.length;
}

function changeKey(change: Change, path: string): string {
	const place = path.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	return `${change.date}-${place}-${hash(change.summary)}`;
}

/** A short FNV-1a hash in base 36: enough to tell apart two changes on the same day and place. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (const char of text) {
		h ^= char.codePointAt(0)!;
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36);
}
