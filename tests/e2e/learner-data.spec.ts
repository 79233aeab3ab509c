/**
 * The reader's quiz data cannot be broken: hand-edited or damaged progress, a full or
 * blocked storage, data of a newer version, a reload mid-round, a corrupt theme value, and
 * the rule that only the first answer counts. Each test reproduces a defect of issue 11.
 */
import { test, expect } from './fixtures';
import { answer, answerKeys, firstOfType, question, shownIds } from './quiz-helpers';

const KEY = 'pustaka-polmas.kuis';
const DAY = 86_400_000;

/** A progress file with one record whose card has `bad` in place of sound values. */
function progressWith(bad: Record<string, unknown>, good = true) {
	const now = new Date();
	const card = {
		due: new Date(now.getTime() + 3 * DAY).toISOString(),
		stability: 3.2,
		difficulty: 5.1,
		elapsed_days: 0,
		scheduled_days: 3,
		learning_steps: 0,
		reps: 1,
		lapses: 0,
		state: 2,
		last_review: now.toISOString(),
	};
	const last = { correct: true, score: 1, at: now.toISOString() };
	const items: Record<string, unknown> = { 'fkpm/edited': { topic: 'fkpm', card: { ...card, ...bad }, last } };
	if (good) items['fungsi/kept'] = { topic: 'fungsi', card, last };
	return { app: 'pustaka-polmas-kuis', v: 1, items };
}

async function answerFirst(page: import('@playwright/test').Page, right: boolean) {
	const keys = await answerKeys(page);
	const [id] = await shownIds(page);
	const q = question(page, id);
	await answer(q, keys[id], right);
	await q.locator('.quiz-check').click();
	return { id, q, key: keys[id] };
}

for (const bad of [{ state: 99 }, { stability: -5 }, { difficulty: 1e308 }, { due: '9999-99-99T00:00:00Z' }]) {
	const what = Object.entries(bad)[0].join(' ');
	test(`an imported file with ${what} is cleaned: the bad record goes with a notice, checking answers works`, async ({ page }) => {
		await page.goto('/kuis/ulang/');
		await page.getByLabel('Muat kemajuan dari berkas').setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(progressWith(bad))) });
		await expect(page.locator('.qp-notice')).toContainText('1 catatan di dalamnya tidak dapat dipakai');
		await expect(page.locator('tr[data-topic="fungsi"] .qp-answered')).toHaveText('1');
		await expect(page.locator('tr[data-topic="fkpm"] .qp-answered')).toHaveText('0');
		await page.goto('/kuis/fkpm/?seed=abc123');
		const { q } = await answerFirst(page, true);
		await expect(q.locator('.quiz-feedback .verdict')).toHaveText('Benar!');
	});

	test(`the same ${what} written into localStorage is dropped with a notice and the good record kept`, async ({ page }) => {
		await page.goto('/kuis/');
		await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(progressWith(bad))]);
		await page.goto('/kuis/fkpm/?seed=abc123');
		await expect(page.locator('.quiz-notice')).toContainText('1 catatan kemajuan');
		const { q } = await answerFirst(page, true);
		await expect(q.locator('.quiz-feedback .verdict')).toHaveText('Benar!');
		const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY);
		expect(Object.keys(stored.items).sort()).toContain('fungsi/kept');
		expect(Object.keys(stored.items)).not.toContain('fkpm/edited');
		await page.goto('/kuis/ulang/');
		await expect(page.locator('tr[data-topic="fungsi"] .qp-answered')).toHaveText('1');
	});
}

test('the first answer counts: checking again is practice and the score stays', async ({ page }) => {
	await page.goto('/kuis/fkpm/?seed=first-counts');
	const { id, key } = await firstOfType(page, 'pilihan-tunggal');
	const q = question(page, id);
	await answer(q, key, false);
	await q.locator('.quiz-check').click();
	await expect(q.locator('.quiz-feedback .verdict')).toHaveText('Belum tepat.');
	await expect(page.locator('.quiz-score')).toContainText('0 dari');
	await answer(q, key, true);
	await q.locator('.quiz-check').click();
	await expect(q.locator('.quiz-practice')).toContainText('hanya jawaban pertama yang dihitung');
	await expect(q.locator('.quiz-feedback .verdict')).toHaveText('Benar!');
	await expect(page.locator('.quiz-score')).toContainText('0 dari');
	const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY);
	expect(stored.items[id].last.correct).toBe(false);
});

test('a reload mid-round keeps the round, its answers and score; a new set starts afresh', async ({ page }) => {
	await page.goto('/kuis/fungsi/');
	await expect(page).toHaveURL(/seed=/);
	const order = await shownIds(page);
	const { q } = await answerFirst(page, true);
	await page.reload();
	expect(await shownIds(page)).toEqual(order);
	await expect(q.locator('.quiz-feedback .verdict')).toHaveText('Benar!');
	await expect(page.locator('.quiz-score')).toContainText('1 dari');
	await expect(page.locator('.quiz-notice')).toContainText('Putaran sebelumnya dilanjutkan');
	await page.locator('.quiz-new').click();
	await expect(page.locator('.quiz-result')).toBeHidden();
	await expect(page.locator('.quiz-feedback .verdict')).toHaveCount(0);
});

test('full storage is told in Indonesian and English, and the answer still shows', async ({ page }) => {
	// Only localStorage is full: that is where progress lives.
	await page.addInitScript(() => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
			if (this === window.localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return setItem.call(this, key, value);
		};
	});
	for (const [path, text] of [
		['/kuis/fkpm/?seed=full', 'Penyimpanan perangkat penuh'],
		['/en/kuis/fkpm/?seed=full', 'The device storage is full'],
	]) {
		await page.goto(path);
		const { q } = await answerFirst(page, true);
		await expect(q.locator('.quiz-feedback .verdict')).toHaveText(/Benar!|Right!/);
		await expect(page.locator('.quiz-notice')).toContainText(text);
	}
});

test('progress saved by a newer version is kept untouched and the page says it cannot read it', async ({ page }) => {
	const newer = JSON.stringify({ app: 'pustaka-polmas-kuis', v: 2, items: { future: { anything: true } } });
	await page.goto('/kuis/');
	await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, newer]);
	await page.goto('/kuis/fkpm/?seed=newer');
	await expect(page.locator('.quiz-notice')).toContainText('versi situs yang lebih baru');
	const { q } = await answerFirst(page, true);
	await expect(q.locator('.quiz-feedback .verdict')).toHaveText('Benar!');
	expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
	await page.goto('/kuis/ulang/');
	await expect(page.locator('.qp-notice')).toContainText('versi situs yang lebih baru');
	expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
});

test('a corrupt starlight-theme value does not break pages and is set aside', async ({ page }) => {
	// Wide: the theme picker sits in the header, not the phone menu.
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await page.evaluate(() => localStorage.setItem('starlight-theme', 'x"] , [y'));
	await page.goto('/kuis/');
	await expect(page.locator('starlight-theme-select select').first()).toHaveValue('auto');
	expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).not.toContain('[y');
	await page.locator('starlight-theme-select select').first().selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('blocked storage leaves pages in the automatic theme, with a working theme picker', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.addInitScript(() => {
		Storage.prototype.getItem = () => {
			throw new DOMException('blocked', 'SecurityError');
		};
	});
	await page.goto('/konsep/');
	await expect(page.locator('starlight-theme-select select').first()).toHaveValue('auto');
	await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
	await page.locator('starlight-theme-select select').first().selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the round-complete event fires once with the score', async ({ page }) => {
	await page.goto('/kuis/fungsi/?seed=complete&count=2');
	await page.evaluate(() => {
		(window as unknown as { completions: unknown[] }).completions = [];
		document.querySelector('quiz-set')!.addEventListener('quiz-round-complete', (e) => (window as unknown as { completions: unknown[] }).completions.push((e as CustomEvent).detail));
	});
	const keys = await answerKeys(page);
	const ids = await shownIds(page);
	expect(ids).toHaveLength(2);
	for (const [i, id] of ids.entries()) {
		await answer(question(page, id), keys[id], i === 0);
		await question(page, id).locator('.quiz-check').click();
	}
	await expect(page.locator('.quiz-mistakes')).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { completions: unknown[] }).completions)).toEqual([{ right: 1, total: 2 }]);
});

test('moving the quiz element in the page wires it once (no double grading)', async ({ page }) => {
	await page.goto('/kuis/fungsi/?seed=twice');
	await page.evaluate(() => {
		const el = document.querySelector('quiz-set')!;
		const parent = el.parentElement!;
		parent.append(el);
	});
	const { q } = await answerFirst(page, true);
	await expect(q.locator('.quiz-feedback .verdict')).toHaveCount(1);
	await expect(page.locator('.quiz-score')).toContainText('1 dari');
});
