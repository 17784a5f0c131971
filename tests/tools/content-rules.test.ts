import { describe, expect, it } from 'vitest';
import { deniedHost, findOutdatedClaims, sentences } from '../../tools/lib/content-rules.ts';

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

describe('outdated claims', () => {
	it.each([
		['IMGs must pass USMLE Step 2 CS before the Match.', 'USMLE Step 2 CS is required'],
		['You also need MCCQE Part II to get the LMCC.', 'MCCQE Part II is required'],
		['Step 1 gives you a three-digit score that programs compare.', 'USMLE Step 1 gives a numeric score'],
		['Specialists apply through CESR.', 'CESR / CEGPR is the current name'],
		[
			'From 2024 ECFMG requires WFME-recognised accreditation.',
			'WFME-recognised accreditation is a hard ECFMG requirement',
		],
		['PLAB has been replaced by the UKMLA.', 'PLAB has been replaced by the UKMLA'],
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
	])('accepts "%s"', (sentence) => {
		expect(findOutdatedClaims(sentence)).toEqual([]);
	});

	it('splits prose into sentences', () => {
		expect(sentences('One. Two? "Three"! 4 more.')).toEqual(['One.', 'Two?', '"Three"!', '4 more.']);
	});
});
