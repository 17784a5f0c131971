import {
	ANSWER_KEYS,
	LIST_KEYS,
	NONE,
	parseAnswers,
	writeAnswers,
	type AnswerKey,
	type Answers,
} from '../lib/finder/answers.ts';
import { evaluateRoute, type Rule, type Verdict } from '../lib/finder/evaluate.ts';

interface RouteData {
	country: string;
	route: string;
	rules: Rule[];
}
interface FinderText {
	waiting: string;
	open: string;
	possible: string;
	closed: string;
	summary: string;
	cannotDecide: string;
	ignored: string;
}

/**
 * The route finder. Answers live only in the URL fragment (read on load and on hashchange, written as the reader
 * answers), so a result can be shared and nothing leaves the device. Each route gets its verdict, the rules that
 * decided it and what is left to do; a polite status line sums up.
 */
class RouteFinder extends HTMLElement {
	#routes: RouteData[] = [];
	#questions: Record<string, string> = {};
	#text = {} as FinderText;
	#form!: HTMLFormElement;

	connectedCallback(): void {
		this.#routes = JSON.parse(this.dataset.rules ?? '[]') as RouteData[];
		this.#questions = JSON.parse(this.dataset.questions ?? '{}') as Record<string, string>;
		this.#text = JSON.parse(this.dataset.text ?? '{}') as FinderText;
		this.#form = this.querySelector('form')!;
		// Results update as the reader answers; "Show my routes" also takes them (and screen readers) there.
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#fromForm();
			this.querySelector<HTMLElement>('#routes')!.focus();
		});
		this.#form.addEventListener('change', () => this.#fromForm());
		this.#form.addEventListener('input', (event) => {
			if ((event.target as HTMLElement).matches('input[type="number"]')) this.#fromForm();
		});
		// "Clear my answers" resets the controls, then the answers follow them.
		this.#form.addEventListener('reset', () => setTimeout(() => this.#fromForm(true)));
		window.addEventListener('hashchange', () => this.#fromHash());
		this.#fromHash();
	}

	/** Restores the form and the results from the URL fragment. */
	#fromHash(): void {
		const { answers, ignored } = parseAnswers(window.location.hash);
		this.#fill(answers);
		this.querySelector('.rf-ignored')!.textContent = ignored.length
			? this.#text.ignored.replace('{answers}', ignored.map((i) => `${i.key}=${i.value}`).join(', '))
			: '';
		this.#show(answers);
	}

	/** Reads the form, writes the fragment (without a history entry) and shows the results. */
	#fromForm(cleared = false): void {
		const answers = cleared ? {} : this.#read();
		const fragment = writeAnswers(answers);
		try {
			history.replaceState(
				history.state,
				'',
				fragment ? `#${fragment}` : window.location.pathname + window.location.search,
			);
		} catch {
			/* A sandboxed frame may refuse; the results still show. */
		}
		this.querySelector('.rf-ignored')!.textContent = '';
		this.#show(answers);
	}

	#read(): Answers {
		const data = new FormData(this.#form);
		const fragment = new URLSearchParams();
		for (const key of ANSWER_KEYS) {
			const values = data.getAll(key).map(String).filter(Boolean);
			if (LIST_KEYS.includes(key)) fragment.set(key, values.join(',') || NONE);
			else if (values[0] !== undefined) fragment.set(key, values[0]);
		}
		// The form offers only valid values, so nothing is ignored here.
		return parseAnswers(fragment.toString()).answers;
	}

	#fill(answers: Answers): void {
		for (const element of this.#form.elements) {
			if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) continue;
			const value = answers[element.name as AnswerKey];
			if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
				element.checked =
					element.name === 'countries' && value === undefined
						? true
						: Array.isArray(value)
							? value.includes(element.value)
							: String(value) === element.value;
			} else if (value === undefined) {
				// What the control shows first is what the reader sees as their answer once they change anything.
				if (element instanceof HTMLSelectElement) element.selectedIndex = 0;
				else element.value = '';
			} else {
				element.value = String(value);
			}
		}
	}

	#show(answers: Answers): void {
		const answered = Object.keys(answers).some((key) => key !== 'countries');
		const counts: Record<Verdict, number> = { open: 0, possible: 0, closed: 0 };
		for (const section of this.querySelectorAll<HTMLElement>('.rf-country')) {
			section.hidden = Boolean(answers.countries && !answers.countries.includes(section.dataset.country!));
		}
		for (const data of this.#routes) {
			const card = this.querySelector<HTMLElement>(
				`.rf-route[data-country="${data.country}"][data-route="${data.route}"]`,
			)!;
			const verdictLine = card.querySelector<HTMLElement>('.rf-verdict')!;
			const why = card.querySelector<HTMLElement>('.rf-why')!;
			const todo = card.querySelector<HTMLElement>('.rf-todo')!;
			if (!answered) {
				delete card.dataset.verdict;
				verdictLine.textContent = this.#text.waiting;
				why.hidden = todo.hidden = true;
				continue;
			}
			const result = evaluateRoute(data.rules, answers);
			if (!card.closest<HTMLElement>('.rf-country')!.hidden) counts[result.verdict]++;
			card.dataset.verdict = result.verdict;
			verdictLine.textContent = this.#text[result.verdict];
			list(
				why,
				result.decidedBy.map((r) =>
					r.outcome === 'pass'
						? r.rule.requirement
						: r.outcome === 'fail'
							? r.rule.explainNot
							: `${r.rule.requirement} ${this.#text.cannotDecide.replace(
									'{questions}',
									r.missing.map((key) => this.#questions[key] ?? key).join(', '),
								)}`,
				),
			);
			list(todo, result.verdict === 'closed' ? [] : result.todo.map((r) => r.rule.explainNot));
		}
		this.querySelector('.rf-summary')!.textContent = answered
			? this.#text.summary
					.replace('{open}', String(counts.open))
					.replace('{possible}', String(counts.possible))
					.replace('{closed}', String(counts.closed))
			: '';
	}
}

/** Fills a labelled list with text items (never HTML), hiding it when empty. */
function list(container: HTMLElement, items: string[]): void {
	container.querySelector('ul')!.replaceChildren(
		...items.map((text) => {
			const li = document.createElement('li');
			li.textContent = text;
			return li;
		}),
	);
	container.hidden = items.length === 0;
}

if (!customElements.get('route-finder')) customElements.define('route-finder', RouteFinder);
