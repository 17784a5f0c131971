// Kept free of zod: the finder's script reads and writes answers with it.
import { COUNTRIES } from '../content/countries.ts';

/** Stages of training the finder asks about, in order. */
export const STAGES = ['student', 'graduate', 'internship', 'specialist'] as const;
export type Stage = (typeof STAGES)[number];

/** A reader's answers. Each may be missing: the finder then says what it cannot decide. */
export interface Answers {
	stage?: Stage;
	/** ISO 3166 alpha-2 code of the medical school's country. */
	degree?: string;
	/** ISO code of the country of postgraduate (specialist or GP) training, or "none". */
	trained?: string;
	/** Specialist qualifications held, upper case ("MRCGP", "ABMS"). */
	qualification?: string[];
	/** Kebab-case specialty ("general-practice"), or "none". */
	specialty?: string;
	/** Years of independent practice. */
	years?: number;
	/** Holds English-test evidence the regulator accepts (or an exemption). */
	english?: 'yes' | 'no';
	/** Pathway country slugs of interest; all six when missing. */
	countries?: string[];
	/** Exam ids passed ("usmle-step-1", "plab-2"). */
	passed?: string[];
	/** ISO codes of countries where the reader is a citizen or permanent resident. */
	resident?: string[];
	/** ISO codes of countries where the reader holds (or recently held) full registration. */
	licensed?: string[];
}

/** The URL fragment keys, in the order they are written. */
export const ANSWER_KEYS = [
	'stage',
	'degree',
	'trained',
	'qualification',
	'specialty',
	'years',
	'english',
	'countries',
	'passed',
	'resident',
	'licensed',
] as const satisfies readonly (keyof Answers)[];
export type AnswerKey = (typeof ANSWER_KEYS)[number];

const ISO = /^[A-Z]{2}$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const QUALIFICATION = /^[A-Z][A-Z0-9&]{1,11}$/;
/** The answers that are lists (comma-separated in the fragment). */
export const LIST_KEYS: readonly AnswerKey[] = ['qualification', 'countries', 'passed', 'resident', 'licensed'];

/** How an answered but empty list is written ("passed=none": no exams passed yet). */
export const NONE = 'none';

/** A value in the fragment the finder could not use, reported to the reader instead of being guessed at. */
export interface IgnoredAnswer {
	key: string;
	value: string;
}

/**
 * Reads answers from a URL fragment ("#stage=graduate&degree=NG"). Every value is checked; anything unknown or
 * malformed is left out and listed in `ignored`, never guessed. Codes are upper-cased, slugs lower-cased.
 */
export function parseAnswers(fragment: string): { answers: Answers; ignored: IgnoredAnswer[] } {
	const params = new URLSearchParams(fragment.replace(/^#/, ''));
	const answers: Answers = {};
	const ignored: IgnoredAnswer[] = [];
	for (const [key, raw] of params) {
		const value = raw.trim().slice(0, 200);
		if (!(ANSWER_KEYS as readonly string[]).includes(key)) {
			ignored.push({ key, value });
			continue;
		}
		if (LIST_KEYS.includes(key as AnswerKey)) {
			for (const item of setList(answers, key as AnswerKey, value)) ignored.push({ key, value: item });
		} else if (!setSingle(answers, key as AnswerKey, value)) ignored.push({ key, value });
	}
	return { answers, ignored };
}

/** Writes answers as a URL fragment in a stable key order, leaving out what is missing. */
export function writeAnswers(answers: Answers): string {
	const params = new URLSearchParams();
	for (const key of ANSWER_KEYS) {
		const value = answers[key];
		if (value === undefined) continue;
		params.set(key, Array.isArray(value) ? value.join(',') || NONE : String(value));
	}
	return params.toString().replace(/%2C/g, ',');
}

function setSingle(answers: Answers, key: AnswerKey, value: string): boolean {
	switch (key) {
		case 'stage':
			if (!(STAGES as readonly string[]).includes(value)) return false;
			answers.stage = value as Stage;
			return true;
		case 'degree':
		case 'trained': {
			// "none": no postgraduate training yet, an answer that meets no rule naming a country.
			if (key === 'trained' && value.toLowerCase() === NONE) {
				answers.trained = NONE;
				return true;
			}
			const code = value.toUpperCase();
			if (!ISO.test(code)) return false;
			answers[key] = code;
			return true;
		}
		case 'specialty':
			if (!KEBAB.test(value.toLowerCase())) return false;
			answers.specialty = value.toLowerCase();
			return true;
		case 'years': {
			if (!/^\d{1,2}$/.test(value)) return false;
			answers.years = Number(value);
			return true;
		}
		case 'english':
			if (value !== 'yes' && value !== 'no') return false;
			answers.english = value;
			return true;
		default:
			return false;
	}
}

/** Sets a list answer to its valid items and returns the items it could not use. */
function setList(answers: Answers, key: AnswerKey, value: string): string[] {
	if (value.toLowerCase() === NONE) {
		(answers as Record<string, unknown>)[key] = [];
		return [];
	}
	const items = value
		.split(',')
		.map((item) => item.trim())
		.filter(Boolean);
	const normalise = key === 'qualification' || key === 'resident' || key === 'licensed' ? upper : lower;
	const valid = (item: string): boolean => {
		switch (key) {
			case 'qualification':
				return QUALIFICATION.test(item);
			case 'countries':
				return (COUNTRIES as readonly string[]).includes(item) && item !== 'international';
			case 'passed':
				return KEBAB.test(item);
			default:
				return ISO.test(item);
		}
	};
	const clean = items.map(normalise).filter(valid);
	if (clean.length) (answers as Record<string, unknown>)[key] = [...new Set(clean)];
	return items.filter((item) => !valid(normalise(item)));
}

const upper = (text: string) => text.toUpperCase();
const lower = (text: string) => text.toLowerCase();
