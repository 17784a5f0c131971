import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM_FLAGS, findChromium } from './browser.ts';

/** The parts of a Lighthouse report the tests and the benchmark read. */
export interface LighthouseSummary {
	scores: Record<string, number>;
	/** Audits that scored below 1 in the requested categories, by id. */
	failing: string[];
	metrics: { lcpMs?: number | undefined; tbtMs?: number | undefined; cls?: number | undefined };
}

/** Runs Lighthouse (its default mobile preset) against a URL in the system Chromium. */
export async function runLighthouse(url: string, categories: string[]): Promise<LighthouseSummary> {
	const chrome = await launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_FLAGS });
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: categories,
		});
		const lhr = result!.lhr;
		const scores = Object.fromEntries(
			Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
		);
		const failing = Object.values(lhr.categories).flatMap((c) =>
			c.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
		);
		const numeric = (id: string) => lhr.audits[id]?.numericValue;
		return {
			scores,
			failing,
			metrics: {
				lcpMs: numeric('largest-contentful-paint'),
				tbtMs: numeric('total-blocking-time'),
				cls: numeric('cumulative-layout-shift'),
			},
		};
	} finally {
		chrome.kill();
	}
}
