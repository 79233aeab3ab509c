import { describe, expect, test } from 'vitest';
import { PAGE_BUDGET, QUIZ_PAGE_BUDGET, budgetProblems, pageBudget } from '../../src/lib/build/page-budget';

describe('page weight budgets', () => {
	test('quiz and trainer pages in both languages have the smaller budget, print documents the common one', () => {
		for (const file of ['kuis/istilah/index.html', 'en/kuis/semua/index.html', 'pelatih/kuis-kelas/index.html', 'en/pelatih/index.html'])
			expect(pageBudget(file), file).toBe(QUIZ_PAGE_BUDGET);
		for (const file of ['index.html', 'konsep/kuis-lain/index.html', 'en/dasar-hukum/index.html']) expect(pageBudget(file), file).toBe(PAGE_BUDGET);
		for (const file of ['cetak/konsep/index.html', 'en/cetak/glosarium/index.html']) expect(pageBudget(file), file).toBe(PAGE_BUDGET);
	});

	test('names each page over its budget with its size', () => {
		const problems = budgetProblems([
			{ file: 'kuis/istilah/index.html', wire: 12_441 },
			{ file: 'kuis/fungsi/index.html', wire: 9_000 },
			{ file: 'glosarium/index.html', wire: 19_999 },
			{ file: 'statistik/index.html', wire: 20_001 },
			{ file: 'en/cetak/konsep/index.html', wire: 20_400 },
		]);
		expect(problems).toEqual([
			'kuis/istilah/index.html: 12.4 kB gzip HTML, over its budget of 12 kB',
			'statistik/index.html: 20.0 kB gzip HTML, over its budget of 20 kB',
			'en/cetak/konsep/index.html: 20.4 kB gzip HTML, over its budget of 20 kB (a print document: print its section in parts, e.g. a second document under /cetak/)',
		]);
	});
});
