// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { checkLinks } from './src/integrations/check-links.ts';
import { completeContentSecurityPolicy } from './src/integrations/complete-csp.ts';
import { STARLIGHT_STYLE_DIR } from './src/integrations/starlight-style.ts';
import { requireSiteUrl } from './src/integrations/require-site-url.ts';
import { hostHeadersFile } from './src/integrations/host-headers-file.ts';
import { rehypeBaseLinks } from './src/lib/site/rehype-base-links.ts';
import { rehypeNoScripts } from './src/lib/content/rehype-no-scripts.ts';
import { SEARCH_RANKING } from './src/lib/search/ranking.ts';
import { siteOptions } from './src/lib/site/options.ts';

// SITE_URL and BASE_PATH let an institution host its own copy, e.g. https://example.edu/img-guide/.
const { site, base } = siteOptions(process.env);
// Starlight's sidebar autogeneration matches entry file paths relative to src/content/docs; ours live in
// content/docs (see README), so directories are given from the project root.
const DOCS_DIR = 'content/docs';

export default defineConfig({
	site,
	base,
	trailingSlash: 'ignore',
	// No link prefetching (Starlight turns it on for every link): its module script would be the only script on
	// an embed page that needs CORS in a sandboxed frame, and pages here are small enough to load on click.
	prefetch: false,
	// A strict Content-Security-Policy <meta> on every page: scripts and <style> elements only from this
	// site or by hash (Astro hashes every script and style it renders). See README § Security headers.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				// Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (JavaScript eval stays blocked).
				resources: ["'self'", "'wasm-unsafe-eval'"],
			},
			styleDirective: {
				// style="" attributes carry the diagram's build-time coordinates and Starlight's icon sizes.
				resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
			},
		},
	},
	// The embed layout imports a few of Starlight's style sheets that its package does not export.
	vite: { resolve: { alias: { 'starlight-style': STARLIGHT_STYLE_DIR } } },
	markdown: {
		// Articles may carry no scripts (see the plugin), and authors write site paths ("/exams/plab/") that this
		// keeps inside BASE_PATH. Both are rehype plugins, so they run on the unified processor (Astro 7's
		// default, Sätteri, takes no rehype plugins).
		processor: unified({ rehypePlugins: [rehypeNoScripts, rehypeBaseLinks({ base })] }),
	},
	integrations: [
		requireSiteUrl(process.env),
		starlight({
			title: 'IMG Guide',
			description:
				'A plain-language, sourced guide for International Medical Graduates: what IMG means and how to get licensed ' +
				'in the US, UK, Canada, Australia, Ireland and New Zealand.',
			// Empty alt: the site title is written next to the logo, so naming the image too would repeat it.
			logo: { src: './src/assets/logo.svg', alt: '' },
			favicon: '/favicon.svg',
			// Pages carry an editor-set `lastReviewed` date instead: a git commit date is not a content review.
			lastUpdated: false,
			credits: false,
			head: [
				{
					tag: 'meta',
					attrs: { property: 'og:image', content: new URL(`${base}og-image.png`.replace(/\/+/g, '/'), site).href },
				},
				{
					tag: 'meta',
					attrs: { property: 'og:image:alt', content: 'IMG Guide: pathways for International Medical Graduates' },
				},
				{
					tag: 'meta',
					attrs: { name: 'twitter:image', content: new URL(`${base}og-image.png`.replace(/\/+/g, '/'), site).href },
				},
			],
			customCss: ['./src/styles/layer-order.css', './src/styles/custom.css'],
			pagefind: { ranking: SEARCH_RANKING },
			expressiveCode: {
				// Wrapped code never scrolls sideways, so blocks need no focusable scroll region (and no unique names).
				defaultProps: { wrap: true },
				// No per-block copy button: it ships a script to every page with code, and its icon-only button
				// has no text; readers select the text, and the Embed dialog has its own labelled Copy button.
				frames: { showCopyToClipboardButton: false },
			},
			components: {
				Search: './src/components/starlight/Search.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				Head: './src/components/starlight/Head.astro',
			},
			sidebar: [
				{
					label: 'Start here',
					items: [
						{ label: 'Home', link: '/' },
						// Not an MDX article (src/pages/finder.astro), so it is listed by hand.
						{ label: 'Which routes fit me?', link: '/finder/' },
						{ label: 'Frequently asked questions', link: '/faq/' },
					],
				},
				{ label: 'Understanding IMGs', items: [{ autogenerate: { directory: `${DOCS_DIR}/understanding` } }] },
				{
					label: 'Pathways by country',
					items: [
						{ autogenerate: { directory: `${DOCS_DIR}/pathways` } },
						// Not an MDX article (src/pages/pathways/united-states/states.astro), so it is listed by hand.
						{ label: 'US state tracker', link: '/pathways/united-states/states/' },
					],
				},
				{ label: 'Exams', items: [{ autogenerate: { directory: `${DOCS_DIR}/exams` } }] },
				{ label: 'Documents checklists', items: [{ autogenerate: { directory: `${DOCS_DIR}/documents` } }] },
				{ label: 'Challenges', items: [{ autogenerate: { directory: `${DOCS_DIR}/challenges` } }] },
				{ label: 'What changed', items: [{ autogenerate: { directory: `${DOCS_DIR}/changes` } }] },
				{ label: 'Glossary', items: [{ label: 'Glossary of acronyms', link: '/glossary/' }] },
				{ label: 'About', items: [{ autogenerate: { directory: `${DOCS_DIR}/about` } }] },
			],
		}),
		// Starlight adds a sitemap only when none is configured; ours leaves out the noindex embed pages.
		sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${base}embed/`) }),
		// After Starlight, so these run once every page (and the search index) is written.
		completeContentSecurityPolicy(),
		hostHeadersFile(),
		checkLinks(),
	],
});
