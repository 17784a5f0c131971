// `npm run stale`: every page and pathway step by the age of its last check, oldest first, with those
// overdue under the review policy marked. It reports only: the calendar moving never fails a build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../src/integrations/built-pages.ts';
import { parse } from 'yaml';
import { REVIEW_INTERVAL_MONTHS, isOverdue } from '../src/lib/content/review-policy.ts';
import { PATHWAY_IDS, projectPath } from './lib/project.ts';

interface Checked {
	what: string;
	checked: Date;
}

const items: Checked[] = [];
const docs = projectPath('content/docs');
for (const file of listFiles(docs).filter((f) => /\.mdx?$/.test(f))) {
	const frontmatter = readFileSync(join(docs, file), 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1];
	const data = (frontmatter ? parse(frontmatter) : {}) as { lastReviewed?: string | Date };
	if (data.lastReviewed) items.push({ what: `content/docs/${file}`, checked: new Date(data.lastReviewed) });
}
for (const id of PATHWAY_IDS) {
	const pathway = parse(readFileSync(projectPath(`content/pathways/${id}.yaml`), 'utf8')) as {
		steps: { id: string; lastVerified: string | Date }[];
	};
	for (const step of pathway.steps) {
		items.push({ what: `content/pathways/${id}.yaml: step ${step.id}`, checked: new Date(step.lastVerified) });
	}
}

const today = new Date();
const days = (date: Date) => Math.floor((today.getTime() - date.getTime()) / 86_400_000);
items.sort((a, b) => a.checked.getTime() - b.checked.getTime());
const overdue = items.filter((i) => isOverdue(i.checked, today));
console.log(`Review policy: every ${REVIEW_INTERVAL_MONTHS} months. Today: ${today.toISOString().slice(0, 10)}.`);
console.log(`${overdue.length} of ${items.length} pages and steps are overdue.\n`);
for (const item of items) {
	const flag = isOverdue(item.checked, today) ? 'OVERDUE ' : '        ';
	console.log(
		`${flag}${item.checked.toISOString().slice(0, 10)}  ${String(days(item.checked)).padStart(4)} days  ${item.what}`,
	);
}
