import { HEIGHT_MESSAGE_TYPE, parseEmbedOptions } from '../lib/embed/snippet.ts';

// Runs inside an embed page: applies the allow-listed options and tells the host page our height.
const options = parseEmbedOptions(window.location.search);
if (options.hideIntro) document.documentElement.dataset.hideIntro = '';

// Links leave the frame in a new tab; jumps within the page (and the diagram's step links) stay.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
	if (!link.getAttribute('href')!.startsWith('#')) {
		link.target = '_blank';
		link.rel = 'noopener noreferrer';
	}
}

// WordPress adds "#?secret=…" to the embeds it creates and speaks a small protocol with them (wp-embed.js):
// the frame sends {message:'height'} to be resized and {message:'link'} to have the host open a link (its
// frames are sandboxed without popups, so a link in a new tab would do nothing); the host sends
// {message:'ready'} when its script loads, which the frame answers with its height.
const secretParam = new URLSearchParams(window.location.hash.replace(/^#\??/, '')).get('secret');
const wordpressSecret = secretParam && /^[A-Za-z0-9]{1,32}$/.test(secretParam) ? secretParam : undefined;
const framed = window.parent !== window;

let lastHeight = 0;
function postHeight(force = false): void {
	const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
	if (!framed || (height === lastHeight && !force)) return;
	lastHeight = height;
	window.parent.postMessage({ type: HEIGHT_MESSAGE_TYPE, height }, '*');
	if (wordpressSecret) window.parent.postMessage({ message: 'height', value: height, secret: wordpressSecret }, '*');
}

if (framed && wordpressSecret) {
	window.addEventListener('message', (event) => {
		const data = event.data as { message?: unknown; secret?: unknown } | null;
		if (event.source === window.parent && data?.message === 'ready' && data.secret === wordpressSecret) {
			postHeight(true);
		}
	});
	document.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('a[href]');
		if (!link || link.getAttribute('href')!.startsWith('#') || event.defaultPrevented) return;
		event.preventDefault();
		window.parent.postMessage({ message: 'link', value: link.href, secret: wordpressSecret }, '*');
	});
}

new ResizeObserver(() => postHeight()).observe(document.body);
postHeight();
