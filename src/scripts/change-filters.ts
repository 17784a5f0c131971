/**
 * Country and exam filters for the /changes/ list, which is complete without JavaScript. The choice is kept in
 * the URL (?country=canada&exam=mccqe) so a filtered list can be shared.
 */
class ChangeFilters extends HTMLElement {
	connectedCallback(): void {
		const text = JSON.parse(this.dataset.text ?? '{}') as { shown: string };
		const items = [...this.querySelectorAll<HTMLLIElement>('.change-list > li')];
		const shown = this.querySelector<HTMLElement>('.data-filters-shown')!;
		const select = (name: string) => this.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
		const params = new URL(window.location.href).searchParams;
		for (const name of ['country', 'exam']) {
			const value = params.get(name);
			if (value && [...select(name).options].some((o) => o.value === value)) select(name).value = value;
		}

		const filter = () => {
			const country = select('country').value;
			const exam = select('exam').value;
			let count = 0;
			for (const item of items) {
				const visible =
					(!country || item.dataset.country === country) &&
					(!exam || (item.dataset.exams ?? '').split(' ').includes(exam));
				item.hidden = !visible;
				if (visible) count++;
			}
			shown.textContent = text.shown.replace('{shown}', String(count)).replace('{total}', String(items.length));
		};
		this.querySelector('.data-filters')!.addEventListener('change', () => {
			filter();
			const url = new URL(window.location.href);
			for (const name of ['country', 'exam']) {
				const value = select(name).value;
				if (value) url.searchParams.set(name, value);
				else url.searchParams.delete(name);
			}
			history.replaceState(history.state, '', url);
		});
		filter();
	}
}

if (!customElements.get('change-filters')) customElements.define('change-filters', ChangeFilters);
