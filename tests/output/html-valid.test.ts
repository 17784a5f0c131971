import { describe, expect, it } from 'vitest';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { DIST, readPages, requireBuilt } from '../support/dist.ts';

requireBuilt(DIST, 'npm run build');

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	elements: [
		'html5',
		// Expressive Code (Starlight's code blocks) renders each line as a <div class="ec-line"> inside <code>.
		{ code: { permittedContent: ['@phrasing', 'div'] } },
	],
	rules: {
		// Astro and Starlight emit long single-line documents and their own formatting; style rules are not validity.
		'attr-quotes': 'off',
		'void-style': 'off',
		'no-trailing-whitespace': 'off',
		// Starlight and Expressive Code ship inline <style>/<script> by design; CSP hashing is handled separately.
		'no-inline-style': 'off',
		// HTML allows any id without spaces; Starlight's "#_top" skip target starts with an underscore.
		'valid-id': ['error', { relaxed: true }],
		// Starlight's buttons are not in forms, so the implicit "submit" type has no effect.
		'no-implicit-button-type': 'off',
		// Starlight renders a desktop and a mobile "On this page" nav with the same name; only one is ever
		// displayed (the other is display:none), so assistive tech meets one. axe in e2e/ checks the live page.
		'unique-landmark': 'off',
		// Starlight's <Steps> puts role="list" on its <ol> on purpose: Safari drops list semantics when list-style is none.
		'no-redundant-role': 'off',
		// A group of checkboxes shares one name, as HTML intends (the route finder's "exams you have passed").
		'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
	},
});
const stylish = formatterFactory('stylish');

describe.each(readPages(DIST).map((p) => [p.urlPath, p] as const))('HTML of %s', (_path, page) => {
	it('is valid', async () => {
		const report = await validator.validateString(page.html, page.file);
		expect(report.valid, stylish(report.results)).toBe(true);
	});
});
