// Kept free of zod: the finder's script evaluates the rules in the browser.
import type { AnswerKey, Answers } from './answers.ts';

/** Which answers pass a test: ALL keys present must hold. */
export interface Test {
	stage?: readonly string[] | undefined;
	degree?: readonly string[] | undefined;
	trained?: readonly string[] | undefined;
	specialty?: readonly string[] | undefined;
	english?: readonly string[] | undefined;
	years?: { min: number } | undefined;
	qualification?: ListTest | undefined;
	passed?: ListTest | undefined;
	resident?: ListTest | undefined;
	licensed?: ListTest | undefined;
}
export type ListTest = { any: readonly string[] } | { all: readonly string[] };

/** What failing a rule means for the route: not for you, maybe for you, or open once you do this. */
export type IfNot = 'closed' | 'possible' | 'todo';

export interface Rule {
	id: string;
	requirement: string;
	/** One test, or alternatives of which any one is enough. */
	test: Test | { anyOf: readonly Test[] };
	ifNot: IfNot;
	explainNot: string;
}

/** A rule's tests: its one test, or its alternatives. */
export function testsOf(rule: Pick<Rule, 'test'>): readonly Test[] {
	return 'anyOf' in rule.test ? rule.test.anyOf : [rule.test];
}

/** The items a list test names, whether it needs any or all of them. */
export function listItems(list: ListTest): readonly string[] {
	return 'any' in list ? list.any : list.all;
}

export type Outcome = 'pass' | 'fail' | 'unknown';
export type Verdict = 'open' | 'possible' | 'closed';

export interface RuleResult {
	rule: Rule;
	outcome: Outcome;
	/** The answers the rule needs that the reader did not give (when the outcome is unknown). */
	missing: AnswerKey[];
}

export interface RouteResult {
	verdict: Verdict;
	/** The rules that decided the verdict: the failed "closed" rules, else the failed or undecided ones. */
	decidedBy: RuleResult[];
	/** Rules the reader still has to meet on an open or possible route. */
	todo: RuleResult[];
	results: RuleResult[];
}

/**
 * Evaluates one route's rules against the answers. A failed "closed" rule closes the route; otherwise a failed
 * "possible" rule, or a rule the answers cannot decide, makes it possibly open; otherwise it is open, with any
 * failed "todo" rules listed as what is left to do.
 */
export function evaluateRoute(rules: readonly Rule[], answers: Answers): RouteResult {
	const results = rules.map((rule) => evaluateRule(rule, answers));
	const closedBy = results.filter((r) => r.outcome === 'fail' && r.rule.ifNot === 'closed');
	// A "todo" rule never changes the verdict, so an undecided one is simply listed as something to do.
	const todo = results.filter((r) => r.outcome !== 'pass' && r.rule.ifNot === 'todo');
	if (closedBy.length) return { verdict: 'closed', decidedBy: closedBy, todo, results };
	const uncertain = results.filter(
		(r) =>
			r.rule.ifNot !== 'todo' && (r.outcome === 'unknown' || (r.outcome === 'fail' && r.rule.ifNot === 'possible')),
	);
	if (uncertain.length) return { verdict: 'possible', decidedBy: uncertain, todo, results };
	return { verdict: 'open', decidedBy: results.filter((r) => r.outcome === 'pass'), todo, results };
}

export function evaluateRule(rule: Rule, answers: Answers): RuleResult {
	const outcomes = testsOf(rule).map((test) => evaluateTest(test, answers));
	const outcome: Outcome = outcomes.some((o) => o.outcome === 'pass')
		? 'pass'
		: outcomes.every((o) => o.outcome === 'fail')
			? 'fail'
			: 'unknown';
	const missing = outcome === 'unknown' ? [...new Set(outcomes.flatMap((o) => o.missing))] : [];
	return { rule, outcome, missing };
}

function evaluateTest(test: Test, answers: Answers): { outcome: Outcome; missing: AnswerKey[] } {
	const missing: AnswerKey[] = [];
	let failed = false;
	for (const key of Object.keys(test) as (keyof Test)[]) {
		const result = check(key, test, answers);
		if (result === undefined) missing.push(key);
		else if (!result) failed = true;
	}
	return { outcome: failed ? 'fail' : missing.length ? 'unknown' : 'pass', missing };
}

/** Whether one key of a test holds; undefined when the answer is missing. */
function check(key: keyof Test, test: Test, answers: Answers): boolean | undefined {
	switch (key) {
		case 'years':
			return answers.years === undefined ? undefined : answers.years >= test.years!.min;
		case 'qualification':
		case 'passed':
		case 'resident':
		case 'licensed': {
			const held = answers[key];
			// Missing means unanswered; an answered "none" is an empty list (written "none" in the URL).
			if (held === undefined) return undefined;
			const wanted = test[key]!;
			return 'all' in wanted ? wanted.all.every((w) => held.includes(w)) : wanted.any.some((w) => held.includes(w));
		}
		default: {
			const value = answers[key];
			return value === undefined ? undefined : test[key]!.includes(value);
		}
	}
}
