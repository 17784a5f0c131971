import { z } from 'astro/zod';

/**
 * The project's own interface strings: buttons, labels and notices written by components and scripts (prose
 * lives in content/). Their text is data in content/i18n/<language>.json, read through Starlight's
 * `Astro.locals.t()`, so a translation is a new JSON file, not template edits.
 */
export const UI_STRING_KEYS = [
	'page.lastReviewed',
	'page.howWeReview',
	'page.keyTerms',
	'page.sources',
	'page.accessed',
	'page.disclaimer',
	'page.reportProblem',
	'page.staleNotice',
	'pathway.showRoute',
	'pathway.allRoutes',
	'pathway.kinds',
	'pathway.kind.credential',
	'pathway.kind.exam',
	'pathway.kind.language',
	'pathway.kind.training',
	'pathway.kind.match',
	'pathway.kind.licence',
	'pathway.kind.immigration',
	'pathway.kind.decision',
	'pathway.diagramLabel',
	'pathway.stepsLabel',
	'pathway.stepPrefix',
	'pathway.stepOf',
	'pathway.offRoute',
	'pathway.next',
	'pathway.nextAll',
	'pathway.requires',
	'pathway.end',
	'pathway.or',
	'pathway.and',
	'pathway.showAll',
	'pathway.hideAll',
	'pathway.progressSummary',
	'pathway.progressSummaryOne',
	'pathway.progressSummaryStarted',
	'pathway.storageNote',
	'pathway.resetProgress',
	'pathway.download',
	'pathway.source',
	'pathway.lastVerified',
	'pathway.yourProgress',
	'pathway.notStarted',
	'pathway.inProgress',
	'pathway.done',
	'pathway.closeDetails',
	'embed.open',
	'embed.title',
	'embed.intro',
	'embed.guideLink',
	'embed.options',
	'embed.what',
	'embed.whatDiagram',
	'embed.whatArticle',
	'embed.theme',
	'embed.themeAuto',
	'embed.themeLight',
	'embed.themeDark',
	'embed.step',
	'embed.noStep',
	'embed.hideIntro',
	'embed.autoHeight',
	'embed.snippet',
	'embed.copy',
	'embed.close',
	'embed.copied',
	'embed.copyBlocked',
	'embed.backlink',
	'embed.credit',
	'embed.description',
	'glossary.letters',
	'glossary.alsoWritten',
	'glossary.readMore',
	'faq.readMore',
	'chart.caption',
	'chart.tableLabel',
	'chart.tableCaption',
	'chart.country',
	'chart.share',
	'chart.year',
	'chart.measure',
	'chart.source',
	'chart.about',
	'searchPage.label',
	'searchPage.unknownFilter',
] as const;
export type UiStringKey = (typeof UI_STRING_KEYS)[number];

/** Every key must have a non-empty text: a missing one fails the build naming the file and the key. */
export const uiStringsSchema = z.object(
	Object.fromEntries(UI_STRING_KEYS.map((key) => [key, z.string().min(1)])) as Record<UiStringKey, z.ZodString>,
);

/** Looks up one of the project's strings, with values for its {{placeholders}}. */
type Translate = (key: UiStringKey, values?: Record<string, string | number>) => string;

/**
 * Starlight's t() escapes interpolated values for HTML, and Astro escapes text again when it renders it, so a
 * step title such as "Step 2 CK & OET" would show "&amp;". Components ask for plain text through this.
 */
export function plainText(t: App.Locals['t']): Translate {
	return (key, values = {}) => t(key, { ...values, interpolation: { escapeValue: false } });
}
