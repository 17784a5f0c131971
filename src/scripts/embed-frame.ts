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

// WordPress adds "#?secret=…" to embeds it creates and resizes frames that answer with it.
const wordpressSecret = new URLSearchParams(window.location.hash.replace(/^#\??/, '')).get('secret');
let lastHeight = 0;
function postHeight(): void {
	const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
	if (height === lastHeight || window.parent === window) return;
	lastHeight = height;
	window.parent.postMessage({ type: HEIGHT_MESSAGE_TYPE, height }, '*');
	if (wordpressSecret && /^[A-Za-z0-9]{1,32}$/.test(wordpressSecret)) {
		window.parent.postMessage({ message: 'height', value: height, secret: wordpressSecret }, '*');
	}
}
new ResizeObserver(postHeight).observe(document.body);
postHeight();
