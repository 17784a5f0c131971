import { isId } from '../site/ids.ts';

/** Progress a reader records for one step. */
export type StepStatus = 'done' | 'in-progress';

/** One step's mark, and when it was set (unknown for marks saved before version 2). */
export interface StepMark {
	status: StepStatus;
	at?: string;
}

/** What the guide remembers about one pathway on this device. */
export interface PathwayProgress {
	steps: Record<string, StepMark>;
	/** When the reader's current visit to the pathway began, and when their visit before it began (ISO). */
	visit?: string;
	previousVisit?: string;
}

/** Everything stored, keyed by pathway id. Maps are null-prototype: no stored or step id can reach Object.prototype. */
export interface Progress {
	version: 2;
	pathways: Record<string, PathwayProgress>;
}

/** localStorage key of the current shape; the older key is read once, migrated and removed. */
export const PROGRESS_STORAGE_KEY = 'img-guide:progress:v2';
export const LEGACY_PROGRESS_STORAGE_KEY = 'img-guide:progress:v1';

/** Opening a pathway again after this long starts a new visit (a reload or a quick return does not). */
export const NEW_VISIT_AFTER_MS = 30 * 60 * 1000;

const STATUSES: readonly string[] = ['done', 'in-progress'];

export function emptyProgress(): Progress {
	return { version: 2, pathways: dict() };
}

/**
 * Reads stored progress, never throwing: version 2 if present, else version 1 migrated without loss. Entries with
 * malformed ids (such as "__proto__"), statuses or dates are dropped; everything valid is kept.
 */
export function parseProgress(raw: string | null | undefined, legacyRaw?: string | null): Progress {
	const data = parseJson(raw);
	if (isRecord(data) && data.version === 2 && isRecord(data.pathways)) return fromVersion2(data.pathways);
	const legacy = parseJson(legacyRaw);
	return isRecord(legacy) ? fromVersion1(legacy) : emptyProgress();
}

/** The step statuses of one pathway (a null-prototype map, so `statuses.constructor` is undefined). */
export function statusesOf(progress: Progress, pathway: string): Record<string, StepStatus> {
	const statuses = dict<StepStatus>();
	const steps = own(progress.pathways, pathway)?.steps;
	for (const id of Object.keys(steps ?? {})) statuses[id] = steps![id]!.status;
	return statuses;
}

/** Returns new progress with one step's status set (stamped `now`), or cleared when `status` is undefined. */
export function withStatus(
	progress: Progress,
	pathway: string,
	step: string,
	status: StepStatus | undefined,
	now: Date = new Date(),
): Progress {
	if (!isId(pathway) || !isId(step)) return progress;
	return update(progress, pathway, (record) => {
		const steps = copyDict(record.steps);
		if (status) steps[step] = { status, at: now.toISOString() };
		else delete steps[step];
		return { ...record, steps };
	});
}

/** Returns new progress with every mark on one pathway cleared (visits are kept). */
export function withoutMarks(progress: Progress, pathway: string): Progress {
	if (!isId(pathway)) return progress;
	return update(progress, pathway, (record) => ({ ...record, steps: dict() }));
}

/**
 * Records that the reader opened a pathway `now`. A new visit starts when the last one began more than
 * NEW_VISIT_AFTER_MS ago; the one before it becomes `previousVisit`, the reference for "changed since your last visit".
 */
export function withVisit(progress: Progress, pathway: string, now: Date = new Date()): Progress {
	if (!isId(pathway)) return progress;
	return update(progress, pathway, (record) => {
		const last = record.visit ? Date.parse(record.visit) : undefined;
		if (last !== undefined && now.getTime() - last < NEW_VISIT_AFTER_MS) return record;
		return { ...record, visit: now.toISOString(), ...(record.visit && { previousVisit: record.visit }) };
	});
}

/** Whether a change to a step that took effect at `changedAt` (ISO) is newer than the reader's previous visit or their mark. */
export function isNewToReader(progress: Progress, pathway: string, step: string, changedAt: string): boolean {
	const record = own(progress.pathways, pathway);
	if (!record) return false;
	const changed = Date.parse(changedAt);
	const markedAt = own(record.steps, step)?.at;
	return (
		(record.previousVisit !== undefined && changed > Date.parse(record.previousVisit)) ||
		(markedAt !== undefined && changed > Date.parse(markedAt))
	);
}

/** Steps whose newest change is new to the reader; `latestChanges` maps step ids to that change's start (ISO). */
export function stepsChangedSince(
	progress: Progress,
	pathway: string,
	latestChanges: Readonly<Record<string, string>>,
): string[] {
	return Object.keys(latestChanges).filter((step) => isNewToReader(progress, pathway, step, latestChanges[step]!));
}

/** When the reader's visit before this one began (ISO), if they have visited the pathway before. */
export function previousVisit(progress: Progress, pathway: string): string | undefined {
	return own(progress.pathways, pathway)?.previousVisit;
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
	statuses: Readonly<Record<string, StepStatus>> | undefined,
	stepIds: readonly string[],
	text: SummaryText = ENGLISH_SUMMARY_TEXT,
): string {
	const status = (id: string) => (statuses && Object.hasOwn(statuses, id) ? statuses[id] : undefined);
	const counts: Record<string, number> = {
		done: stepIds.filter((id) => status(id) === 'done').length,
		started: stepIds.filter((id) => status(id) === 'in-progress').length,
		total: stepIds.length,
	};
	const template = counts.started ? text.summaryStarted : stepIds.length === 1 ? text.summaryOne : text.summary;
	return template.replace(/\{(done|started|total)\}/g, (_, name: string) => String(counts[name]));
}

/** The reader's current step: the first step in reading order marked "in progress", if any. */
export function currentStep(
	statuses: Readonly<Record<string, StepStatus>> | undefined,
	stepIdsInOrder: readonly string[],
): string | undefined {
	return stepIdsInOrder.find((id) => statuses && Object.hasOwn(statuses, id) && statuses[id] === 'in-progress');
}

function fromVersion2(pathways: Record<string, unknown>): Progress {
	const progress = emptyProgress();
	for (const [pathway, value] of Object.entries(pathways)) {
		if (!isId(pathway) || !isRecord(value)) continue;
		const steps = dict<StepMark>();
		for (const [step, mark] of Object.entries(isRecord(value.steps) ? value.steps : {})) {
			if (!isId(step) || !isRecord(mark) || !isStatus(mark.status)) continue;
			steps[step] = isDate(mark.at) ? { status: mark.status, at: mark.at } : { status: mark.status };
		}
		progress.pathways[pathway] = {
			steps,
			...(isDate(value.visit) && { visit: value.visit }),
			...(isDate(value.previousVisit) && { previousVisit: value.previousVisit }),
		};
	}
	return progress;
}

/** Version 1 stored `{ pathway: { step: status } }`; its marks carry over with no date (none was kept). */
function fromVersion1(data: Record<string, unknown>): Progress {
	const progress = emptyProgress();
	for (const [pathway, steps] of Object.entries(data)) {
		if (!isId(pathway) || !isRecord(steps)) continue;
		const marks = dict<StepMark>();
		for (const [step, status] of Object.entries(steps)) if (isId(step) && isStatus(status)) marks[step] = { status };
		progress.pathways[pathway] = { steps: marks };
	}
	return progress;
}

function update(progress: Progress, pathway: string, change: (record: PathwayProgress) => PathwayProgress): Progress {
	const pathways = copyDict(progress.pathways);
	pathways[pathway] = change(own(progress.pathways, pathway) ?? { steps: dict() });
	return { version: 2, pathways };
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

function dict<T>(): Record<string, T> {
	return Object.create(null) as Record<string, T>;
}

function copyDict<T>(record: Readonly<Record<string, T>>): Record<string, T> {
	return Object.assign(dict<T>(), record);
}

function parseJson(raw: string | null | undefined): unknown {
	if (!raw) return undefined;
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}

function isStatus(value: unknown): value is StepStatus {
	return typeof value === 'string' && STATUSES.includes(value);
}

function isDate(value: unknown): value is string {
	return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
