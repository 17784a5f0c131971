/**
 * Sorting and filtering for the US state table. The table is complete without JavaScript; this adds a sort
 * button to each sortable column header (with aria-sort) and filters that hide rows, saying how many show.
 */
class StateTable extends HTMLElement {
	connectedCallback(): void {
		const text = JSON.parse(this.dataset.text ?? '{}') as { shown: string; sortBy: string };
		const tbody = this.querySelector('tbody')!;
		const rows = [...tbody.querySelectorAll('tr')];
		const headers = [...this.querySelectorAll<HTMLTableCellElement>('thead th')];
		const shown = this.querySelector<HTMLElement>('.states-shown')!;
		const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) =>
			this.querySelector<T>(`[name="${name}"]`)!;

		const filter = () => {
			const status = field('status').value;
			const licence = field('licence').value;
			const name = field('name').value.trim().toLowerCase();
			let count = 0;
			for (const row of rows) {
				const visible =
					(!status || row.dataset.status === status) &&
					(!licence || row.dataset.licence === licence) &&
					(!name || (row.dataset.name ?? '').includes(name));
				row.hidden = !visible;
				if (visible) count++;
			}
			shown.textContent = text.shown.replace('{shown}', String(count)).replace('{total}', String(rows.length));
		};
		this.querySelector('.states-filters')!.addEventListener('input', filter);

		headers.forEach((th, column) => {
			const kind = th.dataset.sort;
			if (!kind) return;
			const button = document.createElement('button');
			button.type = 'button';
			button.textContent = th.textContent;
			button.setAttribute('aria-label', text.sortBy.replace('{column}', th.textContent ?? ''));
			th.replaceChildren(button);
			button.addEventListener('click', () => {
				const ascending = th.getAttribute('aria-sort') !== 'ascending';
				for (const other of headers) other.removeAttribute('aria-sort');
				th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
				const value = (row: HTMLTableRowElement) => row.cells[column]!.dataset.value ?? '';
				const compare = (a: HTMLTableRowElement, b: HTMLTableRowElement) =>
					kind === 'text' ? value(a).localeCompare(value(b)) : Number(value(a)) - Number(value(b));
				tbody.append(...[...rows].sort((a, b) => (ascending ? compare(a, b) : compare(b, a))));
			});
		});
		filter();
	}
}

if (!customElements.get('state-table')) customElements.define('state-table', StateTable);
