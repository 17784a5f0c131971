/** Kinds of step; each gets its own shape, icon and name in the diagram, never only a colour. */
export const STEP_KINDS = [
	'credential',
	'exam',
	'language',
	'training',
	'match',
	'licence',
	'immigration',
	'decision',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

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

/** 16 px line icons (SVG path data); decorative, because the kind's name is always written next to them. */
export const STEP_KIND_ICONS: Record<StepKind, string> = {
	credential: 'M4 2h6l3 3v9H4z M10 2v3h3 M6 8h5 M6 11h5',
	exam: 'M3 3h10v10H3z M5.5 8l2 2 3.5-4',
	language: 'M2 3h12v8H7l-3 3v-3H2z',
	training: 'M8 2l6 3-6 3-6-3z M4 6v4c0 1 2 2 4 2s4-1 4-2V6',
	match: 'M2 5h9l-2-2 M14 11H5l2 2',
	licence: 'M8 1l5 2v4c0 4-2.5 6-5 8-2.5-2-5-4-5-8V3z M5.5 8l2 2 3-3.5',
	immigration:
		'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z M1.5 8h13 M8 1.5c-3 3.5-3 9.5 0 13 M8 1.5c3 3.5 3 9.5 0 13',
	decision: 'M8 1.5L14.5 8 8 14.5 1.5 8z',
};
