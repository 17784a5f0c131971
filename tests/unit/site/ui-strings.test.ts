import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_STRING_KEYS, uiStringsSchema } from '../../../src/lib/site/ui-strings.ts';
import { projectPath } from '../../../tools/lib/project.ts';

const english = JSON.parse(readFileSync(projectPath('content/i18n/en.json'), 'utf8')) as Record<string, string>;

describe('interface strings', () => {
	it('has English text for exactly the keys the schema declares', () => {
		expect(Object.keys(english).sort()).toEqual([...UI_STRING_KEYS].sort());
		expect(uiStringsSchema.safeParse(english).success).toBe(true);
	});

	it('rejects a translation that misses a key, naming the key', () => {
		const rest: Record<string, string> = { ...english };
		delete rest['pathway.showAll'];
		const result = uiStringsSchema.safeParse(rest);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('pathway.showAll');
	});
});
