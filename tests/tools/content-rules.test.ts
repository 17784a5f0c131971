import { describe, expect, it } from 'vitest';
import { deniedHost, findOutdatedClaims, outdatedSource, sentences } from '../../tools/lib/content-rules.ts';

describe('source hosts', () => {
	it('denies prep-course sites and reposts, including their subdomains', () => {
		expect(deniedHost('https://www.imgprep.com/guide')).toBe('imgprep.com');
		expect(deniedHost('https://blog.medcognito.com/x')).toBe('medcognito.com');
	});
	it('allows official bodies', () => {
		for (const url of [
			'https://www.gmc-uk.org/x',
			'https://www.ecfmg.org/',
			'https://mcc.ca/',
			'https://www.mcnz.org.nz/',
		]) {
			expect(deniedHost(url)).toBeUndefined();
		}
	});
});

describe('replaced official pages', () => {
	it('names the live page for a replaced one', () => {
		expect(
			outdatedSource(
				'https://www.medicalboard.gov.au/Registration/International-Medical-Graduates/Specialist-Pathway/Expedited-specialist-pathway.aspx',
			),
		).toMatch(/International-Medical-Graduates\/Expedited-specialist-pathway\.aspx$/);
		expect(
			outdatedSource(
				'https://www.medicalboard.gov.au/Registration/International-Medical-Graduates/Expedited-specialist-pathway.aspx',
			),
		).toBeUndefined();
	});
});

describe('outdated claims', () => {
	it.each([
		['IMGs must pass USMLE Step 2 CS before the Match.', 'You must pass USMLE Step 2 CS (Clinical Skills).'],
		['You also need MCCQE Part II to get the LMCC.', 'You must pass MCCQE Part II to get the LMCC.'],
		['Step 1 gives you a three-digit score that programs compare.', 'USMLE Step 1 gives you a three-digit score.'],
		[
			'Specialists apply through CESR.',
			'Specialists and GPs join the UK Specialist or GP Register through CESR or CEGPR.',
		],
		[
			'From 2024 ECFMG requires WFME-recognised accreditation.',
			'From 2024 your medical school must have WFME-recognised accreditation for ECFMG Certification.',
		],
		['PLAB has been replaced by the UKMLA.', 'PLAB has been replaced by the UKMLA.'],
		[
			'Step 2 CS was suspended in May 2020 and later discontinued.',
			'Step 2 CS was suspended in May 2020 (it was suspended in March 2020; the suspension was extended on 26 May)',
		],
		[
			'ECFMG asks for OET Medicine with 350 in each of the four sub-tests.',
			'ECFMG needs an OET Medicine score of 350 in every sub-test.',
		],
		['The current ECFMG OET threshold is unconfirmed.', 'ECFMG’s current OET threshold is unconfirmed'],
		[
			'At least 17 states have passed laws for internationally trained physicians.',
			'a count of US states with alternative-licensure laws without a date',
		],
		[
			'Every state requires Step 3 before the provisional licence.',
			'every state requires Step 3 before the provisional licence',
		],
		[
			'The $100,000 payment applies to every H-1B petition for a doctor.',
			'the $100,000 H-1B payment applies to every H-1B petition',
		],
		[
			'The comparable health system list covers 26 countries.',
			"New Zealand's comparable health system list has 26 countries.",
		],
		[
			'Practice-Ready Assessment programs run in seven provinces.',
			'Practice-Ready Assessment runs in seven provinces (nine provincial programs)',
		],
		['The LMCC requires 12 months of postgraduate training.', 'The LMCC needs 12 months of postgraduate training.'],
		[
			'Australia has four pathways for international medical graduates.',
			'Australia has four registration pathways (three main ones plus the Expedited Specialist pathway)',
		],
	])('catches "%s"', (sentence, claim) => {
		expect(findOutdatedClaims(sentence).map((f) => f.claim)).toEqual([claim]);
	});

	it.each([
		'Step 2 CS was discontinued on 26 January 2021.',
		'You do not need Step 2 CS.',
		'The MCC stopped delivering MCCQE Part II in 2021.',
		'Step 1 has been pass/fail since 26 January 2022.',
		'The Portfolio pathway (formerly CESR) opened on 30 November 2023.',
		'WFME recognition is reported for information only; it does not affect eligibility.',
		'PLAB was not replaced by the UKMLA: it was aligned to it.',
		'Do I still need USMLE Step 2 CS?',
		'Step 2 Clinical Skills (CS) tested clinical skills in a hands-on exam.',
		'PLAB was aligned to the MLA in 2024 rather than replaced.',
		'“Step 1 gives you a three-digit score.” Misleading since 2022.',
		'Testing was suspended in March 2020, and the suspension was extended on 26 May 2020.',
		'For OET taken before 1 April 2022, ECFMG asked for 350 in each sub-test.',
		'As of December 2025, the FSMB counted 18 states with laws for internationally trained physicians.',
		'Some states require Step 3 before the provisional licence; others allow it later.',
		'But Step 3 is not always needed before the provisional licence.',
		'The $100,000 payment applies only to new petitions for people outside the US.',
		'The list grew from 26 to 29 comparable health system countries in July 2025.',
		'The MCC works with nine provincial Practice-Ready Assessment programs.',
		'Since 26 January 2026 the LMCC no longer needs 12 months of postgraduate training.',
		'Australia has three main pathways plus the Expedited Specialist pathway: four in all.',
	])('accepts "%s"', (sentence) => {
		expect(findOutdatedClaims(sentence)).toEqual([]);
	});

	it('splits prose into sentences', () => {
		expect(sentences('One. Two? "Three"! 4 more.')).toEqual(['One.', 'Two?', '"Three"!', '4 more.']);
	});
});
