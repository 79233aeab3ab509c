/**
 * Helpers shared by the quiz and trainer specs: reading the answer keys a quiz page embeds
 * and answering a question right or wrong, whatever its type, as a person would.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type Key =
	| { type: 'pilihan-tunggal'; answer: string }
	| { type: 'pilihan-ganda'; answer: string[] }
	| { type: 'benar-salah'; answer: boolean }
	| { type: 'menjodohkan'; pairs: number };

/** The answer keys of the quiz on the page: from its JSON, or from the bank file it loaded. */
export async function answerKeys(page: Page): Promise<Record<string, Key>> {
	const bank = await page.locator('quiz-set').first().getAttribute('data-bank');
	if (bank) {
		await quizReady(page);
		return page.evaluate(async (url) => (await (await fetch(url)).json()).keys, bank);
	}
	const text = await page.locator('quiz-set .quiz-data').first().textContent();
	return JSON.parse(text!).keys;
}

/** Waits until the quiz on the page is set up (on whole-bank pages: its bank has loaded). */
export async function quizReady(page: Page): Promise<void> {
	const set = page.locator('quiz-set').first();
	if (await set.getAttribute('data-bank')) await expect(set).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
}

/** Ids of the questions shown, in shown order. */
export async function shownIds(page: Page): Promise<string[]> {
	await quizReady(page);
	return page.locator('.quiz-q:not([hidden])').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id!));
}

export const question = (page: Page, id: string): Locator => page.locator(`.quiz-q[data-id="${id}"]`);

/** Fills in the answer to one question, right or wrong, with mouse-free form calls. */
export async function answer(q: Locator, key: Key, right: boolean) {
	switch (key.type) {
		case 'pilihan-tunggal': {
			const values = await q.locator('input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
			const v = right ? key.answer : values.find((x) => x !== key.answer)!;
			await q.locator(`input[value="${v}"]`).check();
			break;
		}
		case 'benar-salah':
			await q.locator(`input[value="${String(right ? key.answer : !key.answer)}"]`).check();
			break;
		case 'pilihan-ganda': {
			const values = await q.locator('input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
			// Wrong: one option that is not an answer, or (when every option is right) only one of them.
			const outside = values.filter((x) => !key.answer.includes(x));
			const pick = right ? key.answer : outside.length ? outside.slice(0, 1) : key.answer.slice(0, 1);
			for (const v of pick) await q.locator(`input[value="${v}"]`).check();
			break;
		}
		case 'menjodohkan':
			for (let n = 0; n < key.pairs; n++)
				await q.locator(`select[data-left="${n}"]`).selectOption(String(right ? n : (n + 1) % key.pairs));
			break;
	}
}

/** The shown question of a type (the `skip`-th one) on a quiz page, with its answer key. */
export async function firstOfType(page: Page, type: Key['type'], skip = 0) {
	const keys = await answerKeys(page);
	const ids = (await shownIds(page)).filter((id) => keys[id]!.type === type);
	return { id: ids[skip]!, key: keys[ids[skip]!]! };
}

/** Opens the whole-guide set, answers its first single-choice question rightly and waits for "right". */
export async function answerOneRightly(page: Page) {
	await page.goto('/kuis/semua/?seed=offline');
	const { id, key } = await firstOfType(page, 'pilihan-tunggal');
	const q = question(page, id);
	await answer(q, key, true);
	await q.locator('.quiz-check').click();
	await expect(q.locator('.quiz-feedback .verdict')).toHaveText(/Benar|Right|Correct/);
}
