import { embedSnippet, type EmbedOptions, type EmbedTarget } from '../lib/embed';

/** The "Embed this page" button and dialog: options update the snippet live; Copy says when it copied. */
class EmbedKit extends HTMLElement {
	connectedCallback(): void {
		const targets = JSON.parse(this.dataset.targets!) as { article: EmbedTarget; diagram?: EmbedTarget };
		const dialog = this.querySelector('dialog')!;
		const form = this.querySelector<HTMLFormElement>('.embed-options')!;
		const snippet = this.querySelector<HTMLTextAreaElement>('.embed-snippet')!;
		const status = this.querySelector<HTMLElement>('.embed-status')!;
		const open = this.querySelector<HTMLButtonElement>('.embed-open')!;

		const update = () => {
			const data = new FormData(form);
			const diagram = targets.diagram && data.get('what') !== 'article' ? targets.diagram : undefined;
			const stepSelect = form.elements.namedItem('step') as HTMLSelectElement | null;
			if (stepSelect) stepSelect.disabled = !diagram;
			const options: EmbedOptions = {
				theme: (data.get('theme') as EmbedOptions['theme']) ?? 'auto',
				step: diagram ? (data.get('step') as string) || undefined : undefined,
				hideIntro: data.has('hideIntro'),
			};
			snippet.value = embedSnippet(diagram ?? targets.article, options, { autoHeight: data.has('autoHeight') });
			status.textContent = '';
		};
		form.addEventListener('change', update);
		form.addEventListener('submit', (event) => event.preventDefault());

		open.hidden = false;
		open.addEventListener('click', () => {
			update();
			dialog.showModal();
		});
		this.querySelector('.embed-close')!.addEventListener('click', () => dialog.close());
		this.querySelector('.embed-copy')!.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(snippet.value);
			} catch {
				// Older browsers and some embedded contexts refuse the async clipboard; fall back to a selection copy.
				snippet.select();
				if (!document.execCommand('copy')) {
					status.textContent = 'Copying was blocked: the snippet is selected, press Ctrl+C (or ⌘C) to copy it.';
					return;
				}
			}
			status.textContent = 'Snippet copied to the clipboard.';
		});
	}
}

if (!customElements.get('embed-kit')) customElements.define('embed-kit', EmbedKit);
