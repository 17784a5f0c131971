import { describe, expect, it } from 'vitest';
import { parseAnswers, writeAnswers } from '../../../src/lib/finder/answers.ts';
import { evaluateRoute, type Rule } from '../../../src/lib/finder/evaluate.ts';
import { findFinderProblems } from '../../../src/lib/finder/check.ts';

const rule = (id: string, test: Rule['test'], ifNot: Rule['ifNot']): Rule => ({
	id,
	test,
	ifNot,
	requirement: `Requirement ${id}.`,
	explainNot: `Not met: ${id}.`,
});
const route = [
	rule('graduated', { stage: ['graduate', 'internship', 'specialist'] }, 'closed'),
	rule('resident', { resident: { any: ['CA'] } }, 'possible'),
	rule('exams', { passed: { all: ['mccqe-1', 'nac'] } }, 'todo'),
];

describe('route verdicts', () => {
	it('closes a route on a failed "closed" rule, naming it', () => {
		const result = evaluateRoute(route, { stage: 'student', resident: ['CA'] });
		expect(result.verdict).toBe('closed');
		expect(result.decidedBy.map((r) => r.rule.id)).toEqual(['graduated']);
	});
	it('calls a route possibly open when a rule fails softly or cannot be decided', () => {
		expect(evaluateRoute(route, { stage: 'graduate', resident: [] }).verdict).toBe('possible');
		const unknown = evaluateRoute(route, { stage: 'graduate' });
		expect(unknown.verdict).toBe('possible');
		expect(unknown.decidedBy[0]!.missing).toEqual(['resident']);
	});
	it('opens a route and lists what is left to do, also when the answer is missing', () => {
		const open = evaluateRoute(route, { stage: 'graduate', resident: ['CA'], passed: ['mccqe-1'] });
		expect(open.verdict).toBe('open');
		expect(open.todo.map((r) => r.rule.id)).toEqual(['exams']);
		expect(evaluateRoute(route, { stage: 'graduate', resident: ['CA'] }).todo.map((r) => r.rule.id)).toEqual(['exams']);
		expect(evaluateRoute(route, { stage: 'graduate', resident: ['CA'], passed: ['nac', 'mccqe-1'] }).todo).toEqual([]);
	});
	it('passes an anyOf rule on any one alternative', () => {
		const anyOf = rule('any', { anyOf: [{ degree: ['GB'] }, { passed: { all: ['plab-1', 'plab-2'] } }] }, 'closed');
		expect(evaluateRoute([anyOf], { degree: 'GB' }).verdict).toBe('open');
		expect(evaluateRoute([anyOf], { degree: 'NG', passed: ['plab-1', 'plab-2'] }).verdict).toBe('open');
		expect(evaluateRoute([anyOf], { degree: 'NG', passed: ['plab-1'] }).verdict).toBe('closed');
		expect(evaluateRoute([anyOf], { degree: 'NG' }).verdict).toBe('possible');
	});
});

describe('answers in the URL fragment', () => {
	it('reads the documented example', () => {
		expect(parseAnswers('#stage=graduate&degree=NG&years=0&english=no')).toEqual({
			answers: { stage: 'graduate', degree: 'NG', years: 0, english: 'no' },
			ignored: [],
		});
	});
	it('reads lists, "none" and normalises case', () => {
		const { answers } = parseAnswers(
			'qualification=mrcgp,ABMS&countries=canada,Ireland&passed=usmle-step-1&resident=none&licensed=gb&trained=us&specialty=General-Practice',
		);
		expect(answers).toEqual({
			qualification: ['MRCGP', 'ABMS'],
			countries: ['canada', 'ireland'],
			passed: ['usmle-step-1'],
			resident: [],
			licensed: ['GB'],
			trained: 'US',
			specialty: 'general-practice',
		});
	});
	it('leaves out and reports anything it cannot use, never guessing', () => {
		const { answers, ignored } = parseAnswers(
			'#stage=doctor&degree=Nigeria&years=-1&english=maybe&countries=canada,mars&colour=blue&passed=<script>',
		);
		expect(answers).toEqual({ countries: ['canada'] });
		expect(ignored.map((i) => i.key)).toEqual(['stage', 'degree', 'years', 'english', 'countries', 'colour', 'passed']);
	});
	it('writes answers back in a stable order that reads back the same', () => {
		const answers = { english: 'yes', stage: 'specialist', passed: [], qualification: ['MRCGP'], years: 4 } as const;
		const written = writeAnswers({ ...answers, passed: [], qualification: ['MRCGP'] });
		expect(written).toBe('stage=specialist&qualification=MRCGP&years=4&english=yes&passed=none');
		expect(parseAnswers(written).answers).toEqual({ ...answers, passed: [], qualification: ['MRCGP'] });
	});
});

describe('finder data checks', () => {
	const pathways = [{ id: 'canada', routes: [{ id: 'pra' }, { id: 'residency' }], steps: [{ id: 'nac' }] }];
	const vocabulary = { exams: { nac: 'NAC' }, qualifications: {}, specialties: {} };
	it('names a route without rules, a rule for no route, an unknown exam and a broken equivalence', () => {
		const problems = findFinderProblems({
			pathways,
			rules: [
				{
					pathway: 'canada',
					routes: { pra: { rules: [{ id: 'a', test: { passed: { any: ['lmcc'] } } }] }, old: { rules: [] } },
				},
			],
			vocabulary,
			equivalences: [{ id: 'x', from: { pathway: 'canada', step: 'nac' }, to: { pathway: 'canada', step: 'gone' } }],
		});
		expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
			'content/routes/canada.yaml: routes.residency: no rules for the route "residency"',
			'content/routes/canada.yaml: routes.pra.rules.0.test.passed: "lmcc" is not listed in content/finder.yaml',
			'content/routes/canada.yaml: routes.old: content/pathways/canada.yaml has no route "old"',
			'content/equivalences.yaml: 0.to: no step "gone" in content/pathways/canada.yaml',
		]);
	});
});
