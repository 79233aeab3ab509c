// The site's own UI strings (content/i18n/*.json, declared in src/schemas/ui/): complete in
// both languages, with the same placeholders, and nothing undeclared beside Starlight's own.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { i18nSchema } from '@astrojs/starlight/schema';
import { fill, stringsWithPrefix } from '../../src/lib/i18n';
import { topicName } from '../../src/lib/quiz/labels';
import { uiStrings } from '../../src/schemas/ui-strings';
import { quizTopics } from '../../src/schemas/questions';
import { translator, uiJson } from './ui-text';

const declared = Object.keys(uiStrings.shape);
const starlightKeys = new Set(Object.keys(i18nSchema().shape));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
	it.each(['id', 'en'] as const)('%s.json has every declared key, none empty', (lang) => {
		const result = uiStrings.safeParse(uiJson(lang));
		expect(result.success, result.error?.message).toBe(true);
		for (const key of declared) expect(uiJson(lang)[key]?.trim(), `${lang}: ${key}`).toBeTruthy();
	});

	it.each(['id', 'en'] as const)('%s.json holds only declared keys and Starlight’s own', (lang) => {
		const stray = Object.keys(uiJson(lang)).filter((k) => !declared.includes(k) && !starlightKeys.has(k));
		expect(stray).toEqual([]);
	});

	it('uses the same placeholders in both languages', () => {
		const id = uiJson('id');
		const enText = uiJson('en');
		for (const key of declared) expect(placeholders(enText[key]!), key).toEqual(placeholders(id[key]!));
	});

	it('rejects a language file that lacks a key, naming the key', () => {
		const { 'quiz.check': _dropped, ...rest } = uiJson('id');
		const result = uiStrings.safeParse(rest);
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['quiz.check']);
	});

	it('names every quiz topic in both languages, with a page in each', () => {
		for (const topic of quizTopics) {
			for (const lang of ['id', 'en'] as const) {
				const name = topicName(translator(lang), topic);
				expect(name, `${lang} ${topic}`).not.toBe(`quizTopic.${topic}`);
			}
			expect(existsSync(`content/docs/kuis/${topic}.mdx`), `/kuis/${topic}/`).toBe(true);
			expect(existsSync(`content/docs/en/kuis/${topic}.mdx`), `/en/kuis/${topic}/`).toBe(true);
		}
	});
});

describe('fill', () => {
	it('fills placeholders and leaves unknown ones visible', () => {
		expect(fill('{right} dari {total}', { right: 2, total: 5 })).toBe('2 dari 5');
		expect(fill('{n} soal {x}', { n: 1 })).toBe('1 soal {x}');
	});
});

describe('stringsWithPrefix', () => {
	it('keeps only the strings under a prefix, without it', () => {
		expect(stringsWithPrefix({ 'quiz.check': 'Periksa', 'case.by': 'Oleh', 'quiz.n': 3 }, 'quiz.')).toEqual({ check: 'Periksa' });
	});
});
