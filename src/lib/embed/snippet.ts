import { escapeHtml } from '../site/escape-html.ts';
import { isId } from '../site/ids.ts';

/** Options a host can set on an embed URL; every other parameter is ignored. */
export interface EmbedOptions {
	/** Colour scheme: follow the reader's system, or force light or dark. */
	theme: 'auto' | 'light' | 'dark';
	/** Pathway step to open on load (diagram embeds only); checked against the diagram's steps by its script. */
	step?: string | undefined;
	/** Hide the introduction sentence above the diagram or article. */
	hideIntro: boolean;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { theme: 'auto', hideIntro: false };
const THEMES = ['auto', 'light', 'dark'] as const;

/** Reads embed options from a query string through an allow-list; malformed values fall back to defaults. */
export function parseEmbedOptions(search: string): EmbedOptions {
	const params = new URLSearchParams(search);
	const theme = THEMES.find((t) => t === params.get('theme')) ?? 'auto';
	const step = params.get('step') ?? undefined;
	return {
		theme,
		step: isId(step) ? step : undefined,
		hideIntro: params.get('hideIntro') === '1',
	};
}

/** The query string for non-default options, e.g. "?theme=dark&step=plab-2". */
export function embedQuery(options: EmbedOptions): string {
	const params = new URLSearchParams();
	if (options.theme !== 'auto') params.set('theme', options.theme);
	if (options.step) params.set('step', options.step);
	if (options.hideIntro) params.set('hideIntro', '1');
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** What a snippet embeds. */
export interface EmbedTarget {
	/** Absolute URL of the embed page, without options. */
	embedUrl: string;
	/** Absolute URL of the full page, for the fallback link. */
	pageUrl: string;
	/** Title for the iframe's accessible name and the link text. */
	title: string;
	/** Starting height in pixels (auto-height adjusts it). */
	height: number;
	/** Absolute URL of the auto-height host script. */
	scriptUrl: string;
}

/**
 * The HTML a web team pastes: an iframe that works with no script (with a fallback link inside),
 * optionally followed by the auto-height script. The oEmbed response uses the same function.
 */
export function embedSnippet(target: EmbedTarget, options: EmbedOptions, { autoHeight = true } = {}): string {
	const src = `${target.embedUrl}${embedQuery(options)}`;
	const lines = [
		`<iframe src="${escapeHtml(src)}" title="${escapeHtml(target.title)}" width="100%" height="${target.height}" ` +
			'loading="lazy" style="border:0">',
		`  <a href="${escapeHtml(target.pageUrl)}">${escapeHtml(target.title)}</a>`,
		`</iframe>`,
	];
	if (autoHeight) lines.push(`<script src="${escapeHtml(target.scriptUrl)}" async></script>`);
	return lines.join('\n');
}

/** The oEmbed 1.0 "rich" response for an embeddable page. */
export function oembedResponse(target: EmbedTarget, providerUrl: string) {
	return {
		version: '1.0',
		type: 'rich',
		title: target.title,
		provider_name: 'IMG Guide',
		provider_url: providerUrl,
		html: embedSnippet(target, DEFAULT_EMBED_OPTIONS),
		width: 800,
		height: target.height,
		cache_age: 86400,
	};
}

/** Message an embed page posts to its parent whenever its height changes (documented on /about/embed/). */
export const HEIGHT_MESSAGE_TYPE = 'img-guide:embed-height';
