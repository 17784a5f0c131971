import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { uiStringsLoader, yamlFileLoader, yamlFolderLoader, yamlListLoader } from './integrations/data-loaders.ts';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { uiStringsSchema } from './lib/site/ui-strings.ts';
import { articleFields } from './lib/content/article-schema.ts';
import { pathwaySchema } from './lib/pathway/schema.ts';
import { glossaryEntrySchema } from './lib/glossary/schema.ts';
import { faqEntrySchema } from './lib/content/faq-schema.ts';
import { workforceShareSchema } from './lib/content/workforce-schema.ts';
import { usStateSchema } from './lib/us-states/schema.ts';
import { supersededRuleSchema } from './lib/changes/superseded-schema.ts';
import { equivalenceSchema, finderVocabularySchema, routeRulesSchema } from './lib/finder/schema.ts';

export const collections = {
	// Read by Starlight's routes (every article page) and by the search and embed pages.
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: articleFields }),
	}),
	// Read by the PathwayDiagram component, the embed pages and /pathways/<country>.json.
	pathways: defineCollection({
		loader: yamlFolderLoader('./content/pathways/'),
		schema: pathwaySchema,
	}),
	// Read by the Term component (inline acronyms) and the glossary page.
	glossary: defineCollection({
		loader: yamlListLoader('./content/glossary.yaml'),
		schema: glossaryEntrySchema,
	}),
	// Read by the FAQ page, which also emits FAQPage structured data from it.
	faq: defineCollection({
		loader: yamlListLoader('./content/faq.yaml'),
		schema: faqEntrySchema,
	}),
	// Read by the WorkforceChart component on /understanding/imgs-in-healthcare/.
	workforce: defineCollection({
		loader: yamlListLoader('./content/workforce.yaml'),
		schema: workforceShareSchema,
	}),
	// Read by the US state tracker (/pathways/united-states/states/), its embeds and its JSON and CSV downloads.
	usStates: defineCollection({
		loader: yamlFolderLoader('./content/us-states/'),
		schema: usStateSchema,
	}),
	// Read by /changes/outdated-rules/ (and its embed), the search page's answer and the content rules.
	superseded: defineCollection({
		loader: yamlListLoader('./content/superseded.yaml'),
		schema: supersededRuleSchema,
	}),
	// The route finder (/finder/): each pathway's route rules, the questions' vocabulary and the equivalences.
	routeRules: defineCollection({
		loader: yamlFolderLoader('./content/routes/'),
		schema: routeRulesSchema,
	}),
	finderVocabulary: defineCollection({
		loader: yamlFileLoader('./content/finder.yaml'),
		schema: finderVocabularySchema,
	}),
	equivalences: defineCollection({
		loader: yamlListLoader('./content/equivalences.yaml'),
		schema: equivalenceSchema,
	}),
	// Read by Starlight's Astro.locals.t() in every component that writes interface text (src/lib/site/ui-strings.ts).
	i18n: defineCollection({
		loader: uiStringsLoader('./content/i18n/'),
		schema: i18nSchema({ extend: uiStringsSchema }),
	}),
};
