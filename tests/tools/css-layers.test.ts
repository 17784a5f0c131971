import { describe, expect, it } from 'vitest';
import { layerOrderProblem, starlightLayerOrder } from '../../tools/lib/css-layers.ts';

const order = starlightLayerOrder();

describe('the cascade-layer order check', () => {
	it('reads Starlight’s order from its own style sheet', () => {
		expect(order[0]).toBe('starlight.base');
		expect(order).toContain('starlight.reset');
	});
	it('accepts CSS that declares the order first', () => {
		expect(layerOrderProblem(`@layer ${order.join(', ')};\n.x{} @layer starlight.utils{.y{}}`, order)).toBeUndefined();
	});
	it('accepts the order a minifier writes as a short statement followed by blocks', () => {
		const [base, reset, ...rest] = order;
		const blocks = rest.map((name) => `@layer ${name}{.x{}}`).join('');
		expect(layerOrderProblem(`@layer ${base},${reset};${blocks}@layer ${order.join(', ')};`, order)).toBeUndefined();
	});
	it('flags a layer block that comes before the order is declared', () => {
		expect(layerOrderProblem(`.a{} @layer starlight.utils{.y{}} @layer ${order.join(', ')};`, order)).toMatch(
			/first appear as starlight.utils, starlight.base/,
		);
	});
	it('flags a first statement that is not Starlight’s order', () => {
		expect(layerOrderProblem('@layer starlight.core; @layer starlight.base{}', order)).toMatch(
			/not in its declared order/,
		);
	});
});
