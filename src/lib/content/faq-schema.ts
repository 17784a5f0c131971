import { z } from 'astro/zod';
import { idField, sitePathField } from './fields.ts';

/** One question on the FAQ page; the answer is short and `link` points to the page with the detail. */
export const faqEntrySchema = z.object({
	/** Anchor on /faq/. */
	id: idField,
	/** The question as a person would ask it. */
	question: z.string().min(10),
	/** A plain-text answer of one to four sentences (also used in FAQPage structured data). */
	answer: z.string().min(20),
	/** Site path of the page that explains the answer in detail. */
	link: sitePathField,
	/** Text for the link. */
	linkText: z.string().min(3),
});
export type FaqEntry = z.infer<typeof faqEntrySchema>;
