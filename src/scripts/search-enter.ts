/** Makes Enter in a Pagefind search box open the top result, as people expect from a search box. */
export function openTopResultOnEnter(container: HTMLElement): void {
	container.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter' || !(event.target as Element).matches('.pagefind-ui__search-input')) return;
		container.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link')?.click();
	});
}
