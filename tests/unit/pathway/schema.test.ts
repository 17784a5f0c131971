import { describe, expect, it } from 'vitest';
import { pathwaySchema } from '../../../src/lib/pathway/schema.ts';

const source = { title: 'Official page', publisher: 'Regulator', url: 'https://example.org/page', accessed: '2026-05' };
const step = (id: string, next: unknown[] = []) => ({
	id,
	title: `Step ${id}`,
	kind: 'exam',
	summary: 'A summary long enough.',
	details: 'Details long enough.',
	next,
	source,
	lastVerified: '2026-11-25',
});
const pathway = () => ({
	country: 'Testland',
	intro: 'An introduction to the diagram.',
	start: 'a',
	routes: [{ id: 'main', label: 'Main route', description: 'For everyone in the test.' }],
	steps: [step('a', ['b', { to: 'c', label: 'Other route' }]), step('b', ['c']), step('c')],
});

function issues(input: unknown): string[] {
	const result = pathwaySchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the pathway file schema', () => {
	it('accepts a valid file and turns bare ids into edges', () => {
		const parsed = pathwaySchema.parse(pathway());
		expect(parsed.steps[0]!.next).toEqual([
			{ to: 'b', label: undefined },
			{ to: 'c', label: 'Other route' },
		]);
	});
	it('rejects a misspelt field instead of dropping it, naming the step and the field', () => {
		const input = pathway();
		(input.steps[2] as Record<string, unknown>).lastVerifed = '2026-11-25';
		expect(issues(input).join('\n')).toMatch(/^steps\.2: .*lastVerifed/m);
	});
	it('rejects a step without a source, naming the step and field', () => {
		const input = pathway();
		delete (input.steps[1] as Partial<ReturnType<typeof step>>).source;
		expect(issues(input).join('\n')).toMatch(/^steps\.1\.source: /m);
	});
	it('rejects a source that is not https', () => {
		const input = pathway();
		input.steps[0]!.source = { ...source, url: 'http://example.org/' };
		expect(issues(input).join('\n')).toMatch(/steps\.0\.source\.url: Sources must be https URLs/);
	});
	it('rejects an unknown step kind', () => {
		const input = pathway();
		input.steps[2]!.kind = 'party';
		expect(issues(input).join('\n')).toMatch(/^steps\.2\.kind: /m);
	});
	it('reports graph problems with the path of the field at fault', () => {
		const input = pathway();
		input.steps[1]!.next = ['nowhere'];
		expect(issues(input)).toContain('steps.1.next.0: Step "b" points to unknown step "nowhere"');
	});
});
