import { describe, expect, it } from 'vitest';
import { embedQuery, embedSnippet, oembedResponse, parseEmbedOptions } from '../../../src/lib/embed/snippet.ts';

const target = {
	embedUrl: 'https://example.edu/guide/embed/pathways/united-kingdom/',
	pageUrl: 'https://example.edu/guide/pathways/united-kingdom/',
	title: 'United Kingdom pathway for IMGs',
	height: 900,
	scriptUrl: 'https://example.edu/guide/embed.js',
};

describe('embed options', () => {
	it('reads allowed options', () => {
		expect(parseEmbedOptions('?theme=dark&step=plab-2&hideIntro=1')).toEqual({
			theme: 'dark',
			step: 'plab-2',
			hideIntro: true,
		});
	});
	it('falls back to defaults for anything unexpected and ignores unknown parameters', () => {
		expect(parseEmbedOptions('?theme="><script>&step=<img onerror=x>&hideIntro=yes&color=red')).toEqual({
			theme: 'auto',
			step: undefined,
			hideIntro: false,
		});
	});
	it('writes only non-default options', () => {
		expect(embedQuery({ theme: 'auto', hideIntro: false })).toBe('');
		expect(embedQuery({ theme: 'light', step: 'english', hideIntro: true })).toBe(
			'?theme=light&step=english&hideIntro=1',
		);
	});
});

describe('embed snippet', () => {
	it('is an iframe with title, full width, height, lazy loading, no border and a fallback link', () => {
		const html = embedSnippet(target, { theme: 'dark', hideIntro: false }, { autoHeight: false });
		expect(html).toBe(
			'<iframe src="https://example.edu/guide/embed/pathways/united-kingdom/?theme=dark" ' +
				'title="United Kingdom pathway for IMGs" width="100%" height="900" loading="lazy" style="border:0">\n' +
				'  <a href="https://example.edu/guide/pathways/united-kingdom/">United Kingdom pathway for IMGs</a>\n' +
				'</iframe>',
		);
	});
	it('adds the auto-height script when asked', () => {
		expect(embedSnippet(target, { theme: 'auto', hideIntro: false })).toMatch(
			/<script src="https:\/\/example\.edu\/guide\/embed\.js" async><\/script>$/,
		);
	});
	it('escapes titles', () => {
		expect(
			embedSnippet({ ...target, title: 'A "quoted" <b>title</b>' }, { theme: 'auto', hideIntro: false }),
		).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt;"');
	});
});

describe('oEmbed', () => {
	it('is a rich response whose html is the default snippet', () => {
		const json = oembedResponse(target, 'https://example.edu/guide/');
		expect(json).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'IMG Guide', height: 900 });
		expect(json.html).toBe(embedSnippet(target, { theme: 'auto', hideIntro: false }));
	});
});
