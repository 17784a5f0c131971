import { describe, expect, it } from 'vitest';
import { readSearchState, writeSearchState } from '../../../src/lib/search/url-state.ts';

describe('search URLs', () => {
	it('reads the query and allowed filters', () => {
		expect(readSearchState('?q=PLAB&country=United+Kingdom&type=Exam&type=Glossary')).toEqual({
			query: 'PLAB',
			filters: { country: ['United Kingdom'], type: ['Exam', 'Glossary'] },
		});
	});
	it('ignores parameters that are not on the allow-list', () => {
		expect(readSearchState('?q=x&theme=dark&onload=alert(1)').filters).toEqual({});
	});
	it('keeps hostile text as plain text, limited in length', () => {
		const state = readSearchState(`?q=${encodeURIComponent('"><script>alert(1)</script>')}&country=${'x'.repeat(100)}`);
		expect(state.query).toBe('"><script>alert(1)</script>');
		expect(state.filters).toEqual({});
		expect(readSearchState(`?q=${'a'.repeat(500)}`).query).toHaveLength(200);
	});
	it('round-trips through a URL', () => {
		const url = writeSearchState(new URL('https://x.org/search/?old=1'), {
			query: 'step 2 ck',
			filters: { country: ['United States'] },
		});
		expect(url.search).toBe('?q=step+2+ck&country=United+States');
		expect(readSearchState(url.search)).toEqual({ query: 'step 2 ck', filters: { country: ['United States'] } });
	});
});
