// Every quiz label and topic exists in both languages, and every topic has its page in both.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fill, labels, topicNames } from '../../src/lib/quiz/labels';
import { quizTopics } from '../../src/schemas/questions';

describe('quiz labels', () => {
	it('has every label, non-empty, in Indonesian and English', () => {
		const id = labels('id');
		const en = labels('en');
		expect(Object.keys(en)).toEqual(Object.keys(id));
		for (const [k, v] of Object.entries(id)) {
			expect(v.trim(), `id ${k}`).not.toBe('');
			expect(en[k as keyof typeof en].trim(), `en ${k}`).not.toBe('');
		}
	});

	it('names every quiz topic in both languages, with a page in each', () => {
		for (const topic of quizTopics) {
			expect(topicNames[topic]?.id, topic).toBeTruthy();
			expect(topicNames[topic]?.en, topic).toBeTruthy();
			expect(existsSync(`content/docs/kuis/${topic}.mdx`), `/kuis/${topic}/`).toBe(true);
			expect(existsSync(`content/docs/en/kuis/${topic}.mdx`), `/en/kuis/${topic}/`).toBe(true);
		}
	});

	it('fills placeholders and leaves unknown ones empty', () => {
		expect(fill('{right} dari {total}', { right: 2, total: 5 })).toBe('2 dari 5');
		expect(fill('{n} soal {x}', { n: 1 })).toBe('1 soal ');
	});
});
