import { isOnRoute } from '../lib/pathway/view.ts';
import { formatDay } from '../lib/content/dates.ts';
import {
	ENGLISH_SUMMARY_TEXT,
	LEGACY_PROGRESS_STORAGE_KEY,
	PROGRESS_STORAGE_KEY,
	currentStep,
	emptyProgress,
	parseProgress,
	progressSummary,
	statusesOf,
	isNewToReader,
	previousVisit,
	stepsChangedSince,
	withStatus,
	withVisit,
	withoutMarks,
	type Progress,
	type StepStatus,
	type SummaryText,
} from '../lib/pathway/progress.ts';

/** Storage that may be missing or throw (private mode, sandboxed iframes); every call is guarded. */
function storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** Reads what is stored now (another tab may have written since), migrating version 1 progress. */
function readProgress(): Progress {
	try {
		const store = storage();
		return parseProgress(store?.getItem(PROGRESS_STORAGE_KEY), store?.getItem(LEGACY_PROGRESS_STORAGE_KEY));
	} catch {
		return emptyProgress();
	}
}

/**
 * Applies one change to the freshly read stored progress and writes it back, so a tab only ever changes what the
 * reader did in it and never overwrites another tab's marks. Returns the result and whether storage took it.
 */
function updateProgress(change: (progress: Progress) => Progress): { progress: Progress; saved: boolean } {
	const progress = change(readProgress());
	try {
		const store = storage();
		if (!store) return { progress, saved: false };
		store.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(progress));
		// Migrated: the old copy would otherwise be read again if the new one were ever cleared.
		store.removeItem(LEGACY_PROGRESS_STORAGE_KEY);
		return { progress, saved: true };
	} catch {
		return { progress, saved: false };
	}
}

/** Updates the address bar without adding history entries; sandboxed frames may refuse, which is fine. */
function replaceUrl(update: (url: URL) => void): void {
	try {
		const url = new URL(window.location.href);
		update(url);
		if (url.href !== window.location.href) history.replaceState(history.state, '', url);
	} catch {
		/* The diagram works the same without the URL mirror. */
	}
}

/** Words the page's language gives the script (data-text, from content/i18n), with English fallbacks. */
interface DiagramText extends SummaryText {
	done: string;
	inProgress: string;
	showAll: string;
	hideAll: string;
	changedSince: string;
	changedSinceMarked: string;
}
const ENGLISH_TEXT: DiagramText = {
	...ENGLISH_SUMMARY_TEXT,
	done: 'Done',
	inProgress: 'In progress',
	showAll: 'Show all steps',
	hideAll: 'Hide all steps',
	changedSince: 'Changed since your last visit on {date}:',
	changedSinceMarked: 'Changed since you marked them:',
};

/**
 * Enhances the server-rendered pathway: opens and closes each step's details (or all at once), moves focus
 * along the graph with arrow keys, filters by route, mirrors the state in the URL and keeps on-device
 * progress, marking the reader's current step.
 */
class PathwayDiagramElement extends HTMLElement {
	#pathway = '';
	#nodes = new Map<string, HTMLElement>();
	#details = new Map<string, HTMLElement>();
	#open = new Set<string>();
	#text = ENGLISH_TEXT;
	#route = '';
	#progress: Record<string, StepStatus> = Object.create(null) as Record<string, StepStatus>;

	connectedCallback(): void {
		if (this.dataset.enhanced) return;
		this.dataset.enhanced = 'true';
		this.#pathway = this.dataset.pathway ?? '';
		try {
			this.#text = { ...ENGLISH_TEXT, ...(JSON.parse(this.dataset.text ?? '{}') as Partial<DiagramText>) };
		} catch {
			/* Keep the English words. */
		}
		for (const node of this.querySelectorAll<HTMLElement>('.pd-node')) this.#nodes.set(node.dataset.step!, node);
		for (const section of this.querySelectorAll<HTMLElement>('.pd-detail'))
			this.#details.set(section.dataset.step!, section);

		for (const [id, node] of this.#nodes) {
			const link = this.#link(id);
			link.setAttribute('role', 'button');
			link.setAttribute('aria-expanded', 'false');
			link.setAttribute('aria-controls', `step-${id}`);
			node.addEventListener('keydown', (event) => this.#onNodeKey(event, id));
		}

		this.addEventListener('click', (event) => this.#onClick(event));
		this.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape') return;
			const inside = (event.target as Element).closest<HTMLElement>('.pd-detail')?.dataset.step;
			const id = inside && this.#open.has(inside) ? inside : [...this.#open].at(-1);
			if (!id) return;
			event.preventDefault();
			this.close(id, { returnFocus: true });
		});
		this.addEventListener('change', (event) => this.#onChange(event));

		const { progress, saved } = updateProgress((stored) => withVisit(stored, this.#pathway));
		this.#progress = statusesOf(progress, this.#pathway);
		this.querySelector<HTMLElement>('.pd-storage-note')!.hidden = saved;
		this.#showChanged(progress);
		// Another tab marked a step: show it here too (its write already merged with ours).
		window.addEventListener('storage', (event) => {
			if (event.key !== PROGRESS_STORAGE_KEY) return;
			this.#progress = statusesOf(readProgress(), this.#pathway);
			this.#renderProgress();
		});

		const params = new URL(window.location.href).searchParams;
		const route = params.get('route') ?? '';
		this.#setRoute(this.#routeExists(route) ? route : '');
		this.#renderProgress();
		const fromHash = window.location.hash.startsWith('#step-')
			? window.location.hash.slice('#step-'.length)
			: undefined;
		const initial = params.get('step') ?? fromHash;
		if (initial && this.#nodes.has(initial)) this.open(initial, { focus: false, scroll: true });
	}

	/** Opens one step's details and reflects it in the URL (other open steps stay open). */
	open(id: string, { focus = true, scroll = false } = {}): void {
		this.#setExpanded(id, true);
		const section = this.#details.get(id)!;
		if (scroll) section.scrollIntoView({ block: 'nearest' });
		if (focus) section.focus({ preventScroll: scroll });
		replaceUrl((url) => {
			url.searchParams.set('step', id);
			if (url.hash.startsWith('#step-')) url.hash = '';
		});
	}

	/** Closes one step's details, optionally returning focus to its box. */
	close(id: string, { returnFocus = false } = {}): void {
		if (!this.#open.has(id)) return;
		this.#setExpanded(id, false);
		if (returnFocus) this.#link(id).focus();
		replaceUrl((url) => {
			if (url.searchParams.get('step') === id) url.searchParams.delete('step');
		});
	}

	/** Opens or closes every step's details, like GOV.UK's "Show all steps". */
	toggleAll(): void {
		const expand = this.#open.size < this.#nodes.size;
		for (const id of this.#nodes.keys()) this.#setExpanded(id, expand);
		replaceUrl((url) => url.searchParams.delete('step'));
	}

	#setExpanded(id: string, expanded: boolean): void {
		if (expanded) this.#open.add(id);
		else this.#open.delete(id);
		this.#link(id).setAttribute('aria-expanded', String(expanded));
		this.#details.get(id)!.toggleAttribute('data-open', expanded);
		const all = this.#open.size === this.#nodes.size;
		const toggle = this.querySelector<HTMLButtonElement>('.pd-toggle-all')!;
		toggle.setAttribute('aria-expanded', String(all));
		toggle.textContent = all ? this.#text.hideAll : this.#text.showAll;
	}

	#link(id: string): HTMLAnchorElement {
		return this.#nodes.get(id)!.querySelector<HTMLAnchorElement>('.pd-node-link')!;
	}

	#onClick(event: MouseEvent): void {
		const target = event.target as Element;
		const closeButton = target.closest('.pd-close');
		if (closeButton) {
			this.close(closeButton.closest<HTMLElement>('.pd-detail')!.dataset.step!, { returnFocus: true });
			return;
		}
		if (target.closest('.pd-toggle-all')) {
			this.toggleAll();
			return;
		}
		if (target.closest('.pd-reset')) {
			this.#persist((stored) => withoutMarks(stored, this.#pathway));
			return;
		}
		const anchor = target.closest<HTMLAnchorElement>('a[href^="#step-"]');
		if (!anchor) return;
		const id = anchor.getAttribute('href')!.slice('#step-'.length);
		if (!this.#nodes.has(id)) return;
		event.preventDefault();
		if (anchor.classList.contains('pd-node-link') && this.#open.has(id)) this.close(id);
		else this.open(id);
	}

	#onNodeKey(event: KeyboardEvent, id: string): void {
		if (event.key === ' ') {
			// role="button" promises Space activates it, as Enter already does for a link.
			event.preventDefault();
			this.#link(id).click();
			return;
		}
		const target = this.#arrowTarget(event.key, id);
		if (!target) return;
		event.preventDefault();
		this.#link(target).focus();
	}

	/**
	 * Where an arrow key goes: Down and Up follow edges (preferring steps on the chosen route);
	 * Left and Right move between sibling branches (steps sharing a step before them), or
	 * between neighbours in the same row when a step has no siblings.
	 */
	#arrowTarget(key: string, id: string): string | undefined {
		const node = this.#nodes.get(id)!;
		const ids = [...this.#nodes.keys()];
		const list = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);
		const x = (step: string) => Number(this.#nodes.get(step)!.dataset.x);
		const preferOnRoute = (steps: string[]) => steps.find((s) => this.#onRoute(s)) ?? steps[0];
		switch (key) {
			case 'ArrowDown':
				return preferOnRoute(list(node.dataset.next));
			case 'ArrowUp':
				return preferOnRoute(list(node.dataset.prev));
			case 'ArrowRight':
			case 'ArrowLeft': {
				const siblings = new Set(list(node.dataset.prev).flatMap((p) => list(this.#nodes.get(p)!.dataset.next)));
				const row =
					siblings.size > 1
						? [...siblings]
						: ids.filter((s) => this.#nodes.get(s)!.dataset.layer === node.dataset.layer);
				row.sort((a, b) => x(a) - x(b));
				const rtl = getComputedStyle(this).direction === 'rtl';
				return row[row.indexOf(id) + ((key === 'ArrowRight') !== rtl ? 1 : -1)];
			}
			case 'Home':
				return ids[0];
			case 'End':
				return ids[ids.length - 1];
			default:
				return undefined;
		}
	}

	#onChange(event: Event): void {
		const input = event.target as HTMLInputElement;
		if (input.closest('.pd-routes')) {
			this.#setRoute(input.value);
			replaceUrl((url) =>
				input.value ? url.searchParams.set('route', input.value) : url.searchParams.delete('route'),
			);
			this.#renderProgress();
		} else if (input.closest('.pd-mark')) {
			const id = input.closest<HTMLElement>('.pd-detail')!.dataset.step!;
			const status = (input.value || undefined) as StepStatus | undefined;
			this.#persist((stored) => withStatus(stored, this.#pathway, id, status));
		}
	}

	#routeExists(route: string): boolean {
		return [...this.querySelectorAll<HTMLInputElement>('.pd-routes input')].some((i) => i.value === route);
	}

	#setRoute(route: string): void {
		this.#route = route;
		for (const input of this.querySelectorAll<HTMLInputElement>('.pd-routes input'))
			input.checked = input.value === route;
		for (const [id, node] of this.#nodes) {
			const off = !this.#onRoute(id);
			node.classList.toggle('is-off-route', off);
			node.querySelector<HTMLElement>('.pd-off-route')!.hidden = !off;
		}
		for (const edge of this.querySelectorAll<SVGElement | HTMLElement>('.pd-edge, .pd-edge-label')) {
			const off = !this.#onRoute(edge.dataset.from!) || !this.#onRoute(edge.dataset.to!);
			edge.classList.toggle('is-off-route', off);
		}
	}

	#onRoute(id: string): boolean {
		return isOnRoute({ routes: this.#nodes.get(id)?.dataset.routes?.split(' ') }, this.#route || undefined);
	}

	#persist(change: (progress: Progress) => Progress): void {
		const { progress, saved } = updateProgress(change);
		this.#progress = statusesOf(progress, this.#pathway);
		this.querySelector<HTMLElement>('.pd-storage-note')!.hidden = saved;
		this.#renderProgress();
	}

	/** Flags, in words, the steps whose newest change is newer than the reader's previous visit or their mark. */
	#showChanged(progress: Progress): void {
		let latest: Record<string, string> = {};
		try {
			latest = JSON.parse(this.dataset.latestChanges ?? '{}') as Record<string, string>;
		} catch {
			/* No change data: nothing to flag. */
		}
		const changed = stepsChangedSince(progress, this.#pathway, latest).filter((id) => this.#nodes.has(id));
		if (!changed.length) return;
		const previous = previousVisit(progress, this.#pathway);
		const box = this.querySelector<HTMLElement>('.pd-changed')!;
		const heading = box.querySelector('p')!;
		heading.textContent = previous
			? this.#text.changedSince.replace('{date}', formatDay(new Date(previous)))
			: this.#text.changedSinceMarked;
		const list = box.querySelector('ul')!;
		for (const id of changed) {
			const link = document.createElement('a');
			link.href = `#step-${id}`;
			link.textContent = this.#nodes.get(id)!.querySelector('.pd-title')!.textContent;
			const item = document.createElement('li');
			item.append(link);
			list.append(item);
			this.#nodes.get(id)!.querySelector<HTMLElement>('.pd-changed-tag')!.hidden = false;
			for (const change of this.#details.get(id)!.querySelectorAll<HTMLElement>('[data-change-start]')) {
				const isNew = isNewToReader(progress, this.#pathway, id, change.dataset.changeStart!);
				change.querySelector<HTMLElement>('.pd-new')!.hidden = !isNew;
			}
		}
		heading.hidden = false;
		list.hidden = false;
	}

	#renderProgress(): void {
		const current = currentStep(this.#progress, [...this.#nodes.keys()]);
		for (const [id, node] of this.#nodes) {
			const status = this.#progress[id];
			const label = node.querySelector<HTMLElement>('.pd-status')!;
			if (status) node.dataset.status = status;
			else delete node.dataset.status;
			label.hidden = !status;
			label.textContent = status ? (status === 'done' ? this.#text.done : this.#text.inProgress) : '';
			if (id === current) this.#link(id).setAttribute('aria-current', 'step');
			else this.#link(id).removeAttribute('aria-current');
			for (const input of this.#details.get(id)!.querySelectorAll<HTMLInputElement>('.pd-mark input')) {
				input.checked = input.value === (status ?? '');
			}
		}
		const visible = [...this.#nodes.keys()].filter((id) => this.#onRoute(id));
		this.querySelector<HTMLElement>('.pd-summary')!.textContent = progressSummary(this.#progress, visible, this.#text);
	}
}

if (!customElements.get('pathway-diagram')) customElements.define('pathway-diagram', PathwayDiagramElement);
