// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/**
 * Relative imports of TypeScript modules name the file with its extension ("./view.ts"). Node runs the
 * tools in tools/ directly (type stripping), and Node resolves no extension-less paths; Vite accepts both,
 * so without this rule `npm run bench` could break while the site still builds.
 */
const RELATIVE_IMPORT_WITHOUT_EXTENSION = String.raw`/^\.{1,2}\/(?!.*\.(ts|astro|css|js|mjs|json|svg|yaml)$)/`;
/** @type {import('eslint').Linter.RulesRecord} */
const importRule = {
	'no-restricted-syntax': [
		'error',
		{
			selector: `ImportDeclaration[source.value=${RELATIVE_IMPORT_WITHOUT_EXTENSION}]`,
			message: 'Name the file with its extension in a relative import (e.g. "./view.ts"); see CONTRIBUTING.md.',
		},
		{
			selector: `ExportNamedDeclaration[source.value=${RELATIVE_IMPORT_WITHOUT_EXTENSION}]`,
			message: 'Name the file with its extension in a relative export (e.g. "./view.ts"); see CONTRIBUTING.md.',
		},
	],
};

export default defineConfig(
	{ ignores: ['dist/', '.astro/', '.tmp/', 'node_modules/', 'tests/fixtures/', 'public/'] },
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.ts'] })),
	{
		files: ['**/*.ts'],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
		rules: {
			// Non-null assertions mark lookups the schema or graph check has already proven (ids exist).
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
	{
		// Tests read untyped JSON (built files, oEmbed responses) and check its shape with assertions.
		files: ['tests/**/*.ts', 'e2e/**/*.ts'],
		rules: {
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
		},
	},
	...astro.configs['flat/recommended'],
	...astro.configs['flat/jsx-a11y-recommended'],
	{ languageOptions: { globals: { ...globals.node, ...globals.browser } }, rules: importRule },
	{
		files: ['**/*.astro'],
		rules: {
			// Scrollable regions (the diagram canvas, wide tables) must take focus so keyboard users can scroll
			// them (WCAG 2.1.1; axe's scrollable-region-focusable); they are labelled <section> landmarks.
			'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'] }],
		},
	},
	{
		// The layer rule: the site never imports QA tooling or tests, and site logic never imports Node built-ins.
		files: ['src/**/*.{ts,astro}'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['**/tools/**', '**/tests/**', '**/e2e/**'], message: 'src/ never imports QA tooling or tests.' },
					],
				},
			],
		},
	},
	{
		files: ['src/lib/**/*.ts', 'src/scripts/**/*.ts', 'src/components/**/*.astro'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['node:*'],
							message:
								'src/lib, src/scripts and components run in the browser or in Vite: no Node built-ins (put Node code in src/integrations or tools/).',
						},
						{ group: ['**/tools/**', '**/tests/**', '**/e2e/**'], message: 'src/ never imports QA tooling or tests.' },
					],
				},
			],
		},
	},
);
