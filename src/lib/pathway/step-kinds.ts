import type { StepKind } from './schema.ts';

/** Reader-facing names for step kinds, used in each box and in the legend. */
export const STEP_KIND_LABELS: Record<StepKind, string> = {
	credential: 'Credential check',
	exam: 'Exam',
	language: 'English test',
	training: 'Training',
	match: 'Match or job',
	licence: 'Registration',
	immigration: 'Visa',
	decision: 'Decision',
};
