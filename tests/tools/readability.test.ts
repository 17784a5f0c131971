import { describe, expect, it } from 'vitest';
import { readingGrade } from '../../tools/lib/readability.ts';

describe('reading grade', () => {
	it('scores short plain sentences low and long academic ones high', () => {
		const plain = readingGrade('You need a job. The job must be in a hospital. Then you can apply.');
		const dense = readingGrade(
			'Internationally educated practitioners must demonstrate substantial equivalence of postgraduate ' +
				'qualifications through comprehensive institutional verification procedures administered by regulatory authorities.',
		);
		expect(plain.grade).toBeLessThan(5);
		expect(dense.grade).toBeGreaterThan(16);
		expect(plain.sentences).toBe(3);
	});
	it('returns zero for empty text', () => {
		expect(readingGrade('')).toEqual({ grade: 0, words: 0, sentences: 0 });
	});
});
