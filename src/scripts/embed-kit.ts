import { embedSnippet, type EmbedOptions, type EmbedTarget } from '../lib/embed/snippet.ts';

/** The "Embed this page" button and dialog: options update the snippet live; Copy says when it copied. */
class EmbedKit extends HTMLElement {
	connectedCallback(): void {
		const targets = JSON.parse(this.dataset.targets!) as { article: EmbedTarget; diagram?: EmbedTarget };
		const text = JSON.parse(this.dataset.text!) as { copied: string; copyBlocked: string };
		const dialog = this.querySelector('dialog')!;
		const options = this.querySelector<HTMLElement>('.embed-options')!;
		const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) =>
			options.querySelector<T>(`[name="${name}"]`);
		const snippet = this.querySelector<HTMLTextAreaElement>('.embed-snippet')!;
		const status = this.querySelector<HTMLElement>('.embed-status')!;
		const open = this.querySelector<HTMLButtonElement>('.embed-open')!;

		const update = () => {
			const what = options.querySelector<HTMLInputElement>('[name="what"]:checked')?.value;
			const diagram = targets.diagram && what !== 'article' ? targets.diagram : undefined;
			const stepSelect = field<HTMLSelectElement>('step');
			if (stepSelect) stepSelect.disabled = !diagram;
			const chosen: EmbedOptions = {
				theme: (field<HTMLSelectElement>('theme')!.value as EmbedOptions['theme']) || 'auto',
				step: diagram ? stepSelect?.value || undefined : undefined,
				hideIntro: field<HTMLInputElement>('hideIntro')!.checked,
			};
			snippet.value = embedSnippet(diagram ?? targets.article, chosen, {
				autoHeight: field<HTMLInputElement>('autoHeight')!.checked,
			});
			status.textContent = '';
		};
		options.addEventListener('change', update);

		open.addEventListener('click', () => {
			update();
			dialog.showModal();
		});
		this.querySelector('.embed-close')!.addEventListener('click', () => dialog.close());
		this.querySelector('.embed-copy')!.addEventListener('click', () => void copy());
		const copy = async () => {
			try {
				await navigator.clipboard.writeText(snippet.value);
			} catch {
				// Older browsers and some embedded contexts refuse the async clipboard; fall back to a selection copy.
				snippet.select();
				if (!document.execCommand('copy')) {
					status.textContent = text.copyBlocked;
					return;
				}
			}
			status.textContent = text.copied;
		};
	}
}

if (!customElements.get('embed-kit')) customElements.define('embed-kit', EmbedKit);
