// Kept free of zod so browser scripts (the /changes/ filters) can use it.

/** Exams a change can concern; the /changes/ filter and the exam pages' change lists use these ids. */
export const EXAMS = [
	{ id: 'usmle', label: 'USMLE', page: '/exams/usmle/' },
	{ id: 'plab', label: 'PLAB', page: '/exams/plab/' },
	{ id: 'mccqe', label: 'MCCQE', page: '/exams/mccqe-and-nac/' },
	{ id: 'nac', label: 'NAC', page: '/exams/mccqe-and-nac/' },
	{ id: 'amc', label: 'AMC exams', page: '/exams/amc/' },
	{ id: 'nzrex', label: 'NZREX', page: '/exams/nzrex/' },
	{ id: 'pres', label: 'PRES', page: '/exams/pres/' },
	{ id: 'english', label: 'English tests', page: '/exams/english-tests/' },
] as const;
export type ExamId = (typeof EXAMS)[number]['id'];
export const EXAM_IDS = EXAMS.map((e) => e.id) as [ExamId, ...ExamId[]];
