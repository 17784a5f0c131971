// @pagefind/default-ui ships no types; this declares the part of its API the search page uses.
declare module '@pagefind/default-ui' {
	export interface PagefindUIOptions {
		element: HTMLElement;
		bundlePath?: string | undefined;
		baseUrl?: string | undefined;
		ranking?: Record<string, number>;
		showSubResults?: boolean;
		showImages?: boolean;
		autofocus?: boolean;
		openFilters?: readonly string[];
	}
	export class PagefindUI {
		constructor(options: PagefindUIOptions);
		triggerSearch(query: string): void;
		triggerFilters(filters: Record<string, string[]>): void;
	}
}
