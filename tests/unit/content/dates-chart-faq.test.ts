import { describe, expect, it } from 'vitest';
import { formatDay, formatIsoDate, isoDay } from '../../../src/lib/content/dates.ts';
import { layoutBarChart } from '../../../src/lib/content/bar-chart.ts';
import { faqStructuredData } from '../../../src/lib/content/faq.ts';

describe('dates', () => {
	it('writes days with the month spelled out', () => {
		expect(formatDay(new Date('2026-11-25'))).toBe('25 November 2026');
		expect(isoDay(new Date('2026-11-25'))).toBe('2026-11-25');
	});
	it('writes a month-precision date as a month', () => {
		expect(formatIsoDate('2026-05')).toBe('May 2026');
		expect(formatIsoDate('2026-05-04')).toBe('4 May 2026');
	});
});

describe('bar chart layout', () => {
	const chart = layoutBarChart(
		[
			{ label: 'A', value: 50, valueText: '50%' },
			{ label: 'B', value: 25, valueText: '25%' },
		],
		{ width: 400, labelWidth: 100, valueWidth: 100, max: 100, tickStep: 50 },
	);
	it('scales bar widths to the plot', () => {
		expect(chart.plotWidth).toBe(200);
		expect(chart.bars.map((b) => b.barWidth)).toEqual([100, 50]);
	});
	it('stacks bars without overlap and places ticks on the scale', () => {
		expect(chart.bars[1]!.y).toBeGreaterThan(chart.bars[0]!.y + 20);
		expect(chart.ticks).toEqual([
			{ value: 0, x: 100 },
			{ value: 50, x: 200 },
			{ value: 100, x: 300 },
		]);
	});
});

describe('FAQ structured data', () => {
	it('builds a FAQPage with absolute links and no raw "<" that could end the script element', () => {
		const json = faqStructuredData(
			[{ id: 'q', question: 'Is </script> safe here?', answer: 'Yes, it is escaped properly.', link: '/faq/', linkText: 'FAQ' }],
			(p) => `https://example.edu${p}`,
		);
		expect(json).not.toContain('</script>');
		const data = JSON.parse(json);
		expect(data['@type']).toBe('FAQPage');
		expect(data.mainEntity[0].acceptedAnswer.url).toBe('https://example.edu/faq/');
		expect(data.mainEntity[0].name).toBe('Is </script> safe here?');
	});
});
