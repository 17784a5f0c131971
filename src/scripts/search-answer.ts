import { formatIsoDate } from '../lib/content/dates.ts';
import { rulesMatching } from '../lib/changes/superseded-match.ts';

/** What the search page knows about each rule that no longer applies (from content/superseded.yaml). */
export interface AnswerRule {
	rule: string;
	now: string;
	since: string;
	searchTerms: string[];
	/** The page explaining the current rule and the official source, already with the site's base. */
	href: string;
	source: { publisher: string; url: string };
}

export interface AnswerText {
	label: string;
	since: string;
	readMore: string;
	source: string;
}

/**
 * Shows, above the results, the answer for a search about a rule that no longer applies: what the old rule was,
 * since when it no longer applies, what replaced it and the official source. Built as text nodes, never as HTML.
 */
export function showAnswer(box: HTMLElement, rules: readonly AnswerRule[], query: string, text: AnswerText): void {
	const matches = rulesMatching(query, rules);
	const list = box.querySelector('.search-answer-list')!;
	const key = matches.map((m) => m.rule).join('|');
	if (box.dataset.shown === key) return;
	box.dataset.shown = key;
	list.replaceChildren(
		...matches.map((match) => {
			const item = document.createElement('li');
			const rule = paragraph(strong(`${text.label}: `), match.rule);
			const time = document.createElement('time');
			time.dateTime = match.since;
			time.textContent = formatIsoDate(match.since);
			const now = paragraph(strong(`${text.since} `, time, '.'), ` ${match.now}`);
			const links = paragraph(
				link(match.href, text.readMore),
				` · ${text.source} `,
				link(match.source.url, match.source.publisher),
			);
			item.append(rule, now, links);
			return item;
		}),
	);
	box.hidden = matches.length === 0;
	// The box is hidden until a search matches, so a separate status line tells screen readers it appeared.
	box.parentElement!.querySelector('.search-answer-status')!.textContent = matches
		.map((m) => `${text.label}: ${m.rule} ${text.since} ${formatIsoDate(m.since)}.`)
		.join(' ');
}

function paragraph(...parts: (Node | string)[]): HTMLParagraphElement {
	const p = document.createElement('p');
	p.append(...parts);
	return p;
}

function strong(...parts: (Node | string)[]): HTMLElement {
	const element = document.createElement('strong');
	element.append(...parts);
	return element;
}

function link(href: string, label: string): HTMLAnchorElement {
	const a = document.createElement('a');
	a.href = href;
	a.textContent = label;
	return a;
}
