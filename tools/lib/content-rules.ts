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

export const OUTDATED_CLAIMS: OutdatedClaim[] = [
	{
		claim: 'USMLE Step 2 CS is required',
		topic: /\bStep 2 CS\b|\bStep 2 Clinical Skills\b/i,
		assertedWhen: REQUIREMENT,
		allowedWhen: PAST_OR_NEGATED,
	},
	{
		claim: 'MCCQE Part II is required',
		topic: /\bMCCQE Part II\b|\bPart II\b/,
		assertedWhen: REQUIREMENT,
		allowedWhen: PAST_OR_NEGATED,
	},
	{
		claim: 'USMLE Step 1 gives a numeric score',
		topic:
			/\bStep 1\b[^.]*\b(three-digit|3-digit|numeric|number) score|\b(three-digit|3-digit|numeric) score[^.]*\bStep 1\b/i,
		allowedWhen: /pass\/fail|on or before|before 26 January 2022|until 2022|no longer|not/i,
	},
	{ claim: 'CESR / CEGPR is the current name', topic: /\b(CESR|CEGPR)\b/, allowedWhen: PAST_OR_NEGATED },
	{
		claim: 'WFME-recognised accreditation is a hard ECFMG requirement',
		topic: /\bWFME\b[^.]*\b(requir\w*|must|mandatory)\b|\b(requir\w*|must|mandatory)\b[^.]*\bWFME\b/i,
		allowedWhen:
			/\b(not|no longer|informational|for information|only report\w*|does not|doesn't|will not|won't|myth)\b/i,
	},
	{
		claim: 'PLAB has been replaced by the UKMLA',
		topic: /\bPLAB\b[^.]*\breplaced\b/i,
		allowedWhen: /\b(not|wasn't|hasn't|has not|myth|continues|still|rather than)\b/i,
	},
];

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
