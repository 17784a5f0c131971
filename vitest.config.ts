import { defineConfig } from 'vitest/config';

// Three projects, run in order by `npm test`: pure units, checks over the built site, and real-browser tests.
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'tests/tools/**/*.test.ts', 'tests/integrations/**/*.test.ts'],
				},
			},
			{ test: { name: 'output', include: ['tests/output/**/*.test.ts'], testTimeout: 120_000 } },
			{
				test: {
					name: 'e2e',
					include: ['e2e/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					// One Chromium at a time: the machines here have two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
