/** Progress a reader records for one step. */
export type StepStatus = 'done' | 'in-progress';

/** Progress for every pathway, keyed by pathway id then step id. */
export type Progress = Record<string, Record<string, StepStatus>>;

/** localStorage key; bump the version when the stored shape changes so old data is ignored, not misread. */
export const PROGRESS_STORAGE_KEY = 'img-guide:progress:v1';

const STATUSES: readonly string[] = ['done', 'in-progress'];

/** Parses stored progress, keeping every valid entry and dropping anything malformed. Never throws. */
export function parseProgress(raw: string | null | undefined): Progress {
	if (!raw) return {};
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return {};
	}
	const progress: Progress = {};
	if (!isRecord(data)) return progress;
	for (const [pathway, steps] of Object.entries(data)) {
		if (!isRecord(steps)) continue;
		const clean: Record<string, StepStatus> = {};
		for (const [step, status] of Object.entries(steps)) {
			if (typeof status === 'string' && STATUSES.includes(status)) clean[step] = status as StepStatus;
		}
		progress[pathway] = clean;
	}
	return progress;
}

/** Returns new progress with one step's status set, or cleared when `status` is undefined. */
export function withStatus(
	progress: Progress,
	pathway: string,
	step: string,
	status: StepStatus | undefined,
): Progress {
	const steps = { ...progress[pathway] };
	if (status) steps[step] = status;
	else delete steps[step];
	return { ...progress, [pathway]: steps };
}

/** The summary's wording with {done}, {total} and {started} placeholders (from content/i18n). */
export interface SummaryText {
	summary: string;
	/** The same when only one step is shown ("0 of 1 step done"). */
	summaryOne: string;
	summaryStarted: string;
}

export const ENGLISH_SUMMARY_TEXT: SummaryText = {
	summary: '{done} of {total} steps done',
	summaryOne: '{done} of {total} step done',
	summaryStarted: '{done} of {total} steps done, {started} in progress',
};

/** "3 of 9 steps done, 1 in progress": counts only the steps currently shown. */
export function progressSummary(
	statuses: Record<string, StepStatus> | undefined,
	stepIds: readonly string[],
	text: SummaryText = ENGLISH_SUMMARY_TEXT,
): string {
	const counts: Record<string, number> = {
		done: stepIds.filter((id) => statuses?.[id] === 'done').length,
		started: stepIds.filter((id) => statuses?.[id] === 'in-progress').length,
		total: stepIds.length,
	};
	const template = counts.started ? text.summaryStarted : stepIds.length === 1 ? text.summaryOne : text.summary;
	return template.replace(/\{(done|started|total)\}/g, (_, name: string) => String(counts[name]));
}

/** The reader's current step: the first step in reading order marked "in progress", if any. */
export function currentStep(
	statuses: Record<string, StepStatus> | undefined,
	stepIdsInOrder: readonly string[],
): string | undefined {
	return stepIdsInOrder.find((id) => statuses?.[id] === 'in-progress');
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
