import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Runs axe with every rule it enables by default (WCAG 2.x A/AA, including 2.2, and best practices)
 * and describes each violation by rule, element and fix, so a failing test says what to change.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page });
	if (within) builder.include(within);
	const { violations } = await builder.analyze();
	return violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`,
	);
}
