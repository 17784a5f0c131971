import { describe, expect, it } from 'vitest';
import {
	findCycle,
	findGraphProblems,
	previousSteps,
	reachableFrom,
	type GraphInput,
} from '../../../src/lib/pathway/graph.ts';

type Step = GraphInput['steps'][number];
/** A pathway whose step list the tests can change. */
type EditableInput = Omit<GraphInput, 'steps'> & { steps: Step[] };
const step = (id: string, next: string[] = [], extra: Partial<Step> = {}): Step => ({
	id,
	next: next.map((to) => ({ to })),
	...extra,
});
const valid = (): EditableInput => ({
	start: 'degree',
	routes: [{ id: 'exam' }, { id: 'experience' }],
	steps: [
		step('degree', ['english']),
		step('english', ['exam-1', 'experience']),
		step('exam-1', ['licence'], { routes: ['exam'] }),
		step('experience', ['licence'], { routes: ['experience'], requires: ['english'] }),
		step('licence'),
	],
});
const messages = (input: GraphInput) => findGraphProblems(input).map((p) => p.message);

describe('pathway graph validation', () => {
	it('accepts a well-formed pathway', () => {
		expect(findGraphProblems(valid())).toEqual([]);
	});

	it('rejects "branches: all" on a step with fewer than two next steps, naming the field', () => {
		const input = valid();
		input.steps[0] = { ...input.steps[0]!, branches: 'all' };
		expect(findGraphProblems(input)).toContainEqual({
			path: ['steps', 0, 'branches'],
			message: 'Step "degree" says its next steps are all needed ("branches: all") but has fewer than two',
		});
		input.steps[1] = { ...input.steps[1]!, branches: 'all' };
		expect(findGraphProblems(input).filter((p) => p.path[1] === 1)).toEqual([]);
	});

	it('rejects a next step that does not exist, naming both steps and the field path', () => {
		const input = valid();
		input.steps[0]!.next.push({ to: 'nowhere' });
		const problems = findGraphProblems(input);
		expect(problems).toContainEqual({
			path: ['steps', 0, 'next', 1],
			message: 'Step "degree" points to unknown step "nowhere"',
		});
	});

	it('rejects a cycle and names its steps in order', () => {
		const input = valid();
		input.steps[4]!.next.push({ to: 'english' });
		expect(messages(input).join('\n')).toMatch(/cycle: english → exam-1 → licence → english/);
	});

	it('rejects a step that cannot be reached from the start', () => {
		const input = valid();
		input.steps.push(step('orphan', ['licence']));
		expect(messages(input)).toContain('Step "orphan" cannot be reached from the start step "degree"');
	});

	it('rejects a start that is not a step', () => {
		expect(messages({ ...valid(), start: 'missing' })).toContain('Start step "missing" is not one of the steps');
	});

	it('rejects a pathway with no end step', () => {
		const input = valid();
		input.steps[4]!.next.push({ to: 'degree' });
		expect(messages(input)).toContain('The pathway has no end: at least one step must have no "next" steps');
	});

	it('rejects duplicate step ids', () => {
		const input = valid();
		input.steps.push(step('english', ['licence']));
		expect(findGraphProblems(input)).toContainEqual({
			path: ['steps', 5, 'id'],
			message: 'Duplicate step id "english" (also used by step 1)',
		});
	});

	it('rejects unknown route ids and unknown requirements', () => {
		const input = valid();
		input.steps[2]!.routes = ['plab'];
		input.steps[3]!.requires = ['ielts'];
		expect(messages(input)).toEqual(
			expect.arrayContaining([
				'Step "exam-1" names unknown route "plab"',
				'Step "experience" requires unknown step "ielts"',
			]),
		);
	});

	it('rejects a step that points to itself', () => {
		const input = valid();
		input.steps[1]!.next.push({ to: 'english' });
		expect(messages(input)).toContain('Step "english" points to itself');
	});
});

describe('pathway graph helpers', () => {
	it('finds every step reachable from the start', () => {
		expect([...reachableFrom('english', valid().steps)].sort()).toEqual(['english', 'exam-1', 'experience', 'licence']);
	});
	it('returns no cycle for an acyclic graph', () => {
		expect(findCycle(valid().steps)).toBeUndefined();
	});
	it('lists the steps leading into each step', () => {
		expect(previousSteps(valid().steps).get('licence')).toEqual(['exam-1', 'experience']);
	});
});
