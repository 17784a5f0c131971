import type { FaqEntry } from './faq-schema.ts';

/** Builds schema.org FAQPage JSON-LD, escaped so it can sit safely inside a <script> element. */
export function faqStructuredData(entries: readonly FaqEntry[], absoluteUrl: (path: string) => string): string {
	const data = {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		mainEntity: entries.map((e) => ({
			'@type': 'Question',
			name: e.question,
			acceptedAnswer: { '@type': 'Answer', text: e.answer, url: absoluteUrl(e.link) },
		})),
	};
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
