import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { STAGES, type Answers } from '../../../src/lib/finder/answers.ts';
import {
	evaluateRoute,
	evaluateRule,
	listItems,
	testsOf,
	type Rule,
	type Test,
} from '../../../src/lib/finder/evaluate.ts';
import { routeRulesSchema } from '../../../src/lib/finder/schema.ts';
import { projectPath } from '../../../tools/lib/project.ts';

// Every rule in content/routes/, checked with a reader who meets it and one who does not. The readers are built
// from the rule's own test, so a new rule is covered the day it is written.
const files = readdirSync(projectPath('content/routes')).filter((f) => f.endsWith('.yaml'));
const rules: [string, Rule][] = files.flatMap((file) => {
	const data = routeRulesSchema.parse(parse(readFileSync(projectPath(`content/routes/${file}`), 'utf8')));
	return Object.values(data.routes).flatMap((route) => route.rules.map((rule): [string, Rule] => [rule.id, rule]));
});

const OTHER_CODE = 'ZZ';

/** A reader who passes one test. */
function passing(test: Test): Answers {
	const answers: Answers = {};
	if (test.stage) answers.stage = test.stage[0] as NonNullable<Answers['stage']>;
	if (test.degree) answers.degree = test.degree[0]!;
	if (test.trained) answers.trained = test.trained[0]!;
	if (test.specialty) answers.specialty = test.specialty[0]!;
	if (test.english) answers.english = test.english[0] as 'yes' | 'no';
	if (test.years) answers.years = test.years.min;
	for (const key of ['qualification', 'passed', 'resident', 'licensed'] as const) {
		const list = test[key];
		if (list) answers[key] = 'any' in list ? [list.any[0]!] : [...list.all];
	}
	return answers;
}

/** A reader who fails every one of the tests (each key gets a value no test accepts). */
function failing(tests: readonly Test[]): Answers {
	const answers: Answers = {};
	const all = <K extends keyof Test>(key: K) =>
		tests.flatMap<NonNullable<Test[K]>>((t) => {
			const value = t[key];
			return value === undefined ? [] : [value];
		});
	const stages = all('stage').flat();
	if (stages.length) answers.stage = STAGES.find((s) => !stages.includes(s))!;
	for (const key of ['degree', 'trained'] as const) if (all(key).length) answers[key] = OTHER_CODE;
	if (all('specialty').length) answers.specialty = 'no-such-specialty';
	const english = all('english').flat();
	if (english.length) answers.english = english.includes('yes') ? 'no' : 'yes';
	const years = all('years');
	if (years.length) answers.years = Math.min(...years.map((y) => y.min)) - 1;
	for (const key of ['qualification', 'passed', 'resident', 'licensed'] as const) {
		// "all" tests fail on all but one of their items; "any" tests on none of them.
		const lists = all(key);
		if (!lists.length) continue;
		const allTests = lists.filter((l) => 'all' in l).map(listItems);
		answers[key] = allTests.length && lists.every((l) => 'all' in l) ? allTests[0]!.slice(0, -1) : [];
		if (lists.some((l) => 'any' in l && listItems(l).some((item) => answers[key]!.includes(item)))) answers[key] = [];
	}
	return answers;
}

describe.each(rules)('the rule %s', (_id, rule) => {
	const tests = testsOf(rule);

	it('passes a reader who meets it', () => {
		for (const test of tests) expect(evaluateRule(rule, passing(test)).outcome).toBe('pass');
	});

	it(`fails a reader who does not, and the route is then ${rule.ifNot === 'closed' ? 'closed' : 'not closed by it'}`, () => {
		const answers = failing(tests);
		expect(evaluateRule(rule, answers).outcome).toBe('fail');
		const { verdict, decidedBy, todo } = evaluateRoute([rule], answers);
		if (rule.ifNot === 'closed') expect(verdict).toBe('closed');
		if (rule.ifNot === 'possible') expect(verdict).toBe('possible');
		if (rule.ifNot === 'todo') {
			expect(verdict).toBe('open');
			expect(todo.map((r) => r.rule.id)).toEqual([rule.id]);
		} else expect(decidedBy.map((r) => r.rule.id)).toEqual([rule.id]);
	});

	it('cannot decide for a reader who answered nothing, and says which answers it needs', () => {
		const result = evaluateRule(rule, {});
		expect(result.outcome).toBe('unknown');
		expect(result.missing.length).toBeGreaterThan(0);
	});
});

describe('the rule data', () => {
	it('has at least 2 rules for every route, 60 in all', () => {
		expect(rules.length).toBeGreaterThanOrEqual(60);
	});
});
