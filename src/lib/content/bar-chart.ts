/** A bar to draw: its label, value (percent) and the text printed beside it. */
export interface BarInput {
	label: string;
	value: number;
	valueText: string;
}

/** Geometry of a horizontal bar chart, computed at build time so the page ships plain SVG. */
export interface BarChartLayout {
	width: number;
	height: number;
	bars: { label: string; valueText: string; y: number; barWidth: number; barHeight: number; labelY: number }[];
	/** Gridlines: each runs from the top to `gridBottom`, with its label at `labelY`. */
	ticks: { value: number; x: number }[];
	gridBottom: number;
	tickLabelY: number;
	/** Gaps between a bar and its label (left) and its value (right). */
	labelGap: number;
	valueGap: number;
	plotX: number;
	plotWidth: number;
}

/** Lays out horizontal bars on a 0–`max` percent scale with gridline ticks every `tickStep`. */
export function layoutBarChart(
	inputs: readonly BarInput[],
	{ width = 640, labelWidth = 170, valueWidth = 90, rowHeight = 34, barHeight = 20, max = 100, tickStep = 25 } = {},
): BarChartLayout {
	const plotX = labelWidth;
	const plotWidth = width - labelWidth - valueWidth;
	const top = 8;
	const axisHeight = 24;
	const bars = inputs.map((bar, i) => {
		const y = top + i * rowHeight + (rowHeight - barHeight) / 2;
		return {
			label: bar.label,
			valueText: bar.valueText,
			y,
			barWidth: Math.max(0, Math.min(bar.value, max)) * (plotWidth / max),
			barHeight,
			labelY: y + barHeight / 2,
		};
	});
	const ticks = [];
	for (let value = 0; value <= max; value += tickStep) ticks.push({ value, x: plotX + value * (plotWidth / max) });
	const height = top + inputs.length * rowHeight + axisHeight;
	return { width, height, bars, ticks, plotX, plotWidth, gridBottom: height - 20, tickLabelY: height - 4, labelGap: 8, valueGap: 6 };
}
