import { describe, expect, it } from 'vitest';
import { matchFilters, readSearchState, writeSearchState } from '../../../src/lib/search/url-state.ts';

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

describe('filters in shared links', () => {
	const known = { country: ['United Kingdom', 'Canada'], type: ['Exam', 'Country pathway'] };
	it('matches values however people write them: case, dashes, underscores, pluses', () => {
		const { filters, unknown } = matchFilters(
			{ country: ['united-kingdom', 'CANADA'], type: ['exam', 'country_pathway'] },
			known,
		);
		expect(filters).toEqual({ country: ['United Kingdom', 'Canada'], type: ['Exam', 'Country pathway'] });
		expect(unknown).toEqual([]);
	});
	it('sets aside values that match nothing, so the page can say so', () => {
		const { filters, unknown } = matchFilters({ country: ['atlantis', 'Canada'] }, known);
		expect(filters).toEqual({ country: ['Canada'] });
		expect(unknown).toEqual([{ name: 'country', value: 'atlantis' }]);
	});
});
