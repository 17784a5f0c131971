import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { parseRegex, supersededRuleSchema, type SupersededRule } from '../../src/lib/changes/superseded-schema.ts';
import { projectPath } from './project.ts';

/**
 * Rules the content must follow beyond its schema: sources come from official bodies, and pages never
 * state as current a claim that the fact sheet lists as wrong or outdated (§10 of the fact sheet).
 */

/** Hosts that are not authoritative for medical-career facts: prep courses, blogs, reposts and mirrors. */
export const DENIED_SOURCE_HOSTS = [
	'ccu.edu.bz',
	'thenewsindependent.com',
	'programinsider.in',
	'medscholar.ca',
	'trewlink.blog',
	'accident-emergency.co.uk',
	'dmaedu.com',
	'themedprep.com',
	'imgprep.com',
	'dataemia.com',
	'medinjuz.com',
	'b2blocal.com',
	'menafn.com',
	'fdocuments.net',
	'scribd.com',
	'hail.to',
	'scoop.co.nz',
	'pinoyau.info',
	'alectoaustralia.com',
	'greencardmaker.com',
	'ailc.com',
	'rnlawgroup.com',
	'j1visawaiver.net',
	'mondaq.com',
	'debrunner.us',
	'wpcodix.com',
	'publicsource.app',
	'keepinglawsimple.org',
	'billtrack50.com',
	'e2ma.net',
	'nzoptics.co.nz',
	'irishcentral.com',
	'booksci.cn',
	'bdiresourcing.com',
	'fitnesstopractisenews.co.uk',
	'eurekalert.org',
	'caam-hp.org',
	'newswire.ca',
	'medcognito.com',
	'tacpluscloud.com',
	'wikipedia.org',
	'medium.com',
	'blogspot.com',
	'quora.com',
	'reddit.com',
];

/** The denied host a URL belongs to (the host itself or a parent domain), or undefined. */
export function deniedHost(url: string): string | undefined {
	const host = new URL(url).hostname.toLowerCase();
	return DENIED_SOURCE_HOSTS.find((denied) => host === denied || host.endsWith(`.${denied}`));
}

/** An outdated or wrong claim, recognised in a sentence that does not also say it is no longer so. */
interface OutdatedClaim {
	/** What the site must not state. */
	claim: string;
	/** A sentence mentioning the topic in a way that asserts the claim. */
	topic: RegExp;
	/** When set, only sentences that also use one of these words assert the claim ("must", "need", …). */
	assertedWhen?: RegExp;
	/** Words that show the sentence describes the claim as past, wrong or not required. */
	allowedWhen: RegExp;
}

const REQUIREMENT = /\b(requir\w*|must|need\w*|pass|take|sit|book|schedul\w*|register\w*|apply)\b/i;

const PAST_OR_NEGATED = new RegExp(
	`\\b(${[
		'discontinu\\w*',
		'no longer',
		'not',
		'never',
		'ended',
		'end(s|ing)?',
		'former(ly)?',
		'last',
		'suspend\\w*',
		'stopp?\\w*',
		'replac\\w*',
		'scrap\\w*',
		'myth',
		'wrong',
		'false',
		'old',
		'previous(ly)?',
		'retired',
		'withdrawn',
		'dropped',
		'renamed',
		'no plans',
		"doesn't",
		"don't",
		"isn't",
		"won't",
		'cannot',
		'without',
		'removed',
	].join('|')})\\b`,
	'i',
);

/**
 * Claims that were never true or are wrong in a way no dated rule change explains. Rules that were true once and
 * changed live in content/superseded.yaml with what replaced them (see supersededClaims below).
 */
const WRONG_CLAIMS: OutdatedClaim[] = [
	{
		claim:
			'Step 2 CS was suspended in May 2020 (it was suspended in March 2020; the suspension was extended on 26 May)',
		topic: /\bsuspended (in|on) (late )?May 2020\b/i,
		allowedWhen: /\b(not|wrong|myth)\b/i,
	},
	{
		claim: 'ECFMG’s current OET threshold is unconfirmed',
		topic: /\bECFMG\b[^.]*\b(OET|threshold|passing score)\b[^.]*\b(unconfirmed|not (been )?confirmed)\b/i,
		allowedWhen: /\b(earlier|before|old)\b/i,
	},
	{
		claim: 'a count of US states with alternative-licensure laws without a date',
		topic: /\b\d{1,2} states\b[^.]*\b(alternative|provisional|internationally trained|without (a )?(US )?residency)\b/i,
		allowedWhen: /\b(as of|in (early |late )?20\d\d|20\d\d)\b/i,
	},
	{
		claim: 'every state requires Step 3 before the provisional licence',
		topic:
			/\bStep 3\b[^.]*\b(before|first)\b[^.]*\bprovisional licen[cs]e\b|\bprovisional licen[cs]e\b[^.]*\b(requires?|needs?|after)\b[^.]*\bStep 3\b/i,
		assertedWhen: /\b(all|every|always|each state)\b/i,
		allowedWhen: /\b(not|some|varies|vary|differ\w*|depends|later|myth)\b/i,
	},
	{
		claim: 'the $100,000 H-1B payment applies to every H-1B petition',
		topic: /\$100,000\b[^.]*\b(every|all|any) (new )?H-1B\b|\b(every|all|any) H-1B\b[^.]*\$100,000/i,
		allowedWhen: /\b(not|only|outside the US)\b/i,
	},
	{
		claim: 'Practice-Ready Assessment runs in seven provinces (nine provincial programs)',
		topic:
			/\b(seven|7) (provinces|provincial programs?)\b[^.]*\b(PRA|Practice-Ready)\b|\b(PRA|Practice-Ready)\b[^.]*\b(seven|7) (provinces|provincial)\b/i,
		allowedWhen: /\b(was|were|2022|previously|earlier)\b/i,
	},
	{
		claim: 'Australia has four registration pathways (three main ones plus the Expedited Specialist pathway)',
		topic:
			/\b(Australia|Ahpra|Medical Board of Australia)\b[^.]*\b(four|4) (main )?pathways\b|\b(four|4) (main )?pathways\b[^.]*\b(Australia|Ahpra)\b/i,
		allowedWhen: /\bplus\b/i,
	},
];

/** Rules that changed (content/superseded.yaml), each recognised by its `detect` patterns. */
function supersededClaims(): OutdatedClaim[] {
	return loadSupersededRules().flatMap(({ rule, detect }) => {
		if (!detect) return [];
		const claim: OutdatedClaim = {
			claim: rule,
			topic: parseRegex(detect.topic),
			allowedWhen: detect.allowedWhen
				? parseRegex(detect.allowedWhen)
				: detect.alsoAllowedWhen
					? new RegExp(`${PAST_OR_NEGATED.source}|${parseRegex(detect.alsoAllowedWhen).source}`, 'i')
					: PAST_OR_NEGATED,
		};
		if (detect.assertedWhen)
			claim.assertedWhen = detect.assertedWhen === 'requirement' ? REQUIREMENT : parseRegex(detect.assertedWhen);
		return [claim];
	});
}

/** The rules that changed, read and checked against their schema (a malformed file stops here, naming it). */
export function loadSupersededRules(): SupersededRule[] {
	const file = projectPath('content/superseded.yaml');
	const parsed = z.array(supersededRuleSchema).safeParse(parseYaml(readFileSync(file, 'utf8')));
	if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
	return parsed.data;
}

/** Everything the content must not state as current. */
export const OUTDATED_CLAIMS: OutdatedClaim[] = [...supersededClaims(), ...WRONG_CLAIMS];

/** Official pages that were replaced; a page citing or linking one points readers at stale text. */
export const OUTDATED_SOURCE_URLS: { url: string; use: string }[] = [
	{
		url: 'https://www.medicalboard.gov.au/Registration/International-Medical-Graduates/Specialist-Pathway/Expedited-specialist-pathway.aspx',
		use: 'https://www.medicalboard.gov.au/Registration/International-Medical-Graduates/Expedited-specialist-pathway.aspx',
	},
];

/** The replacement for a cited URL that points at a replaced official page, or undefined. */
export function outdatedSource(url: string): string | undefined {
	const normalised = url
		.toLowerCase()
		.replace(/^http:/, 'https:')
		.replace(/[#?].*$/, '');
	return OUTDATED_SOURCE_URLS.find((o) => o.url.toLowerCase() === normalised)?.use;
}

/** Splits prose into sentences (good enough for checking claims, not for typesetting). */
export function sentences(text: string): string[] {
	return text
		.replace(/\s+/g, ' ')
		.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/)
		.map((s) => s.trim())
		.filter(Boolean);
}

/**
 * Every sentence of `text` that states an outdated claim as if it were current. Questions and
 * quotations (a myth quoted in order to correct it) assert nothing, so they are skipped.
 */
export function findOutdatedClaims(text: string): { claim: string; sentence: string }[] {
	const found: { claim: string; sentence: string }[] = [];
	for (const sentence of sentences(text)) {
		if (sentence.endsWith('?') || /^["“‘']/.test(sentence)) continue;
		for (const rule of OUTDATED_CLAIMS) {
			const asserted = rule.topic.test(sentence) && (!rule.assertedWhen || rule.assertedWhen.test(sentence));
			if (asserted && !rule.allowedWhen.test(sentence)) found.push({ claim: rule.claim, sentence });
		}
	}
	return found;
}
