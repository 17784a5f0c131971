// Prints the Flesch–Kincaid grade of every built page's prose: `npm run readability` (after a build).
import { readPages } from '../src/integrations/built-pages.ts';
import { DIST, isArticleFile } from './lib/project.ts';
import { readingGrade } from './lib/readability.ts';

const TARGET_GRADE = 12;
const rows = readPages(DIST)
	.filter((p) => isArticleFile(p.file))
	.map((p) => {
		const prose = p.root
			.querySelectorAll('.sl-markdown-content :is(p, li):not(.glossary-meta)')
			.map((el) => el.text.trim())
			.filter((t) => t.length > 0)
			.map((t) => (/[.!?]$/.test(t) ? t : `${t}.`))
			.join(' ');
		return { page: p.urlPath, ...readingGrade(prose) };
	});

console.log('Flesch–Kincaid grade per page (plain-language target: grade 12 or below)\n');
console.log(`${'page'.padEnd(48)} ${'grade'.padStart(5)} ${'words'.padStart(6)}`);
for (const r of rows) {
	console.log(
		`${r.page.padEnd(48)} ${r.grade.toFixed(1).padStart(5)} ${String(r.words).padStart(6)}${r.grade > TARGET_GRADE ? '  above target' : ''}`,
	);
}
const mean = rows.reduce((s, r) => s + r.grade, 0) / rows.length;
console.log(
	`\nmean grade ${mean.toFixed(1)} over ${rows.length} pages; ${rows.filter((r) => r.grade > TARGET_GRADE).length} above ${TARGET_GRADE}`,
);
