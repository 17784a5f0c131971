// Kept free of zod: route totals are computed at build time and shown as text; nothing here runs in the browser.
import { isOnRoute } from './view.ts';

export const CURRENCIES = ['USD', 'GBP', 'CAD', 'AUD', 'NZD', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const DURATION_UNITS = ['days', 'weeks', 'months', 'years'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** Average lengths, to add durations given in different units (a range stays a range). */
const MONTHS_PER_UNIT: Record<DurationUnit, number> = { days: 12 / 365.25, weeks: 12 / 52.18, months: 1, years: 12 };

interface CostedStep {
	id: string;
	routes?: readonly string[] | undefined;
	branches: 'choice' | 'all';
	next: readonly { to: string }[];
	fees: readonly {
		amount: number;
		currency: Currency;
		asOf: string;
		per?: string | undefined;
		optional: boolean;
		routes?: readonly string[] | undefined;
	}[];
	duration?: { min: number; max: number; unit: DurationUnit } | undefined;
}

export interface Range {
	min: number;
	max: number;
}

/** A route's cost and time, computed from its steps' fees and durations. */
export interface RouteTotals {
	/** Fees to official bodies per currency, from the cheapest to the dearest way through the route. */
	fees: Partial<Record<Currency, Range>>;
	/** Months, adding the durations of the steps that have one. */
	months: Range;
	/** Steps on the way with a duration, and all steps on the way (the longest way through). */
	timedSteps: number;
	steps: number;
	/** The oldest "as of" date among the fees counted. */
	oldestFee?: string;
	/** Whether some fees (per program, per credential) were left out of the totals. */
	leavesOutPerItemFees: boolean;
}

/**
 * The ways a reader can go through a route: each is the set of steps they do, from the start to an end. At a
 * choice they take one next step on the route; after a step whose next steps are all needed, they do them all.
 */
export function waysThroughRoute(steps: readonly CostedStep[], start: string, route: string): string[][] {
	const byId = new Map(steps.map((s) => [s.id, s]));
	const memo = new Map<string, string[][]>();
	const from = (id: string): string[][] => {
		const known = memo.get(id);
		if (known) return known;
		const step = byId.get(id)!;
		const next = step.next.map((n) => n.to).filter((to) => isOnRoute(byId.get(to)!, route));
		let ways: string[][];
		if (next.length === 0) ways = [[id]];
		else if (step.branches === 'all')
			ways = next
				.map(from)
				.reduce<string[][]>((acc, options) => acc.flatMap((a) => options.map((o) => [...a, ...o])), [[]])
				.map((way) => [id, ...new Set(way)]);
		else ways = next.flatMap((to) => from(to).map((way) => [id, ...way]));
		memo.set(id, ways);
		return ways;
	};
	return isOnRoute(byId.get(start)!, route) ? from(start).map((way) => [...new Set(way)]) : [];
}

/** Totals for one route: the range over every way through it of the fees and of the time. */
export function routeTotals(steps: readonly CostedStep[], start: string, route: string): RouteTotals {
	const byId = new Map(steps.map((s) => [s.id, s]));
	const ways = waysThroughRoute(steps, start, route);
	const months: Range = { min: Infinity, max: 0 };
	let oldestFee: string | undefined;
	let leavesOutPerItemFees = false;
	let longest: string[] = [];
	const perWay: Partial<Record<Currency, Range>>[] = [];
	for (const way of ways) {
		const wayFees: Partial<Record<Currency, Range>> = {};
		let min = 0;
		let max = 0;
		for (const id of way) {
			const step = byId.get(id)!;
			for (const fee of step.fees) {
				if (fee.routes && !fee.routes.includes(route)) continue;
				if (fee.per) {
					leavesOutPerItemFees = true;
					continue;
				}
				const total = (wayFees[fee.currency] ??= { min: 0, max: 0 });
				if (!fee.optional) total.min += fee.amount;
				total.max += fee.amount;
				if (!oldestFee || fee.asOf < oldestFee) oldestFee = fee.asOf;
			}
			if (step.duration) {
				min += step.duration.min * MONTHS_PER_UNIT[step.duration.unit];
				max += step.duration.max * MONTHS_PER_UNIT[step.duration.unit];
			}
		}
		perWay.push(wayFees);
		months.min = Math.min(months.min, min);
		months.max = Math.max(months.max, max);
		if (way.length > longest.length) longest = way;
	}
	// A way with no fee in a currency counts as 0 in it, so the cheapest way sets the lower end.
	const fees: Partial<Record<Currency, Range>> = {};
	for (const currency of CURRENCIES) {
		if (!perWay.some((way) => way[currency])) continue;
		const totals = perWay.map((way) => way[currency] ?? { min: 0, max: 0 });
		fees[currency] = { min: Math.min(...totals.map((t) => t.min)), max: Math.max(...totals.map((t) => t.max)) };
	}
	return {
		fees,
		months: { min: Number.isFinite(months.min) ? months.min : 0, max: months.max },
		timedSteps: longest.filter((id) => byId.get(id)!.duration).length,
		steps: longest.length,
		...(oldestFee && { oldestFee }),
		leavesOutPerItemFees,
	};
}

/** "US$985", "£240", "€410": whole units, the currency's usual symbol. */
export function formatMoney(amount: number, currency: Currency): string {
	return new Intl.NumberFormat('en-GB', {
		style: 'currency',
		currency,
		maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
	}).format(amount);
}

/** "US$1,970 to US$2,340 and €410 to €970": each currency's range, in the order of CURRENCIES. */
export function formatFeeRanges(fees: Partial<Record<Currency, Range>>, words = { to: 'to', and: 'and' }): string {
	const parts = CURRENCIES.filter((c) => fees[c]).map((c) => {
		const { min, max } = fees[c]!;
		const [low, high] = [Math.round(min), Math.round(max)];
		return low === high ? formatMoney(low, c) : `${formatMoney(low, c)} ${words.to} ${formatMoney(high, c)}`;
	});
	return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${words.and} ${parts.at(-1)}` : (parts[0] ?? '');
}

/** A time range in the largest unit that keeps it readable: "3 to 4 weeks", "6 to 30 months". */
export function formatTimeRange(months: Range, words = { to: 'to', weeks: 'weeks', months: 'months' }): string {
	const inWeeks = months.max < 3;
	const scale = inWeeks ? 52.18 / 12 : 1;
	const low = Math.round(months.min * scale);
	const high = Math.max(Math.round(months.max * scale), 1);
	const unit = inWeeks ? words.weeks : words.months;
	return low === high ? `${high} ${unit}` : `${low} ${words.to} ${high} ${unit}`;
}

/** A step's own duration as written: "3 to 4 weeks", "12 weeks". */
export function formatDuration(duration: { min: number; max: number; unit: DurationUnit }, to = 'to'): string {
	const { min, max, unit } = duration;
	return min === max ? `${max} ${unit}` : `${min} ${to} ${max} ${unit}`;
}
