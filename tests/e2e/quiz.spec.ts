/**
 * The quiz pages on the built site: checking answers with feedback, score and retry,
 * progress that survives a reload, the same set for everyone with the same link, keyboard
 * use, reading without JavaScript, hostile URLs, damaged storage, review, export and
 * import, and axe on every quiz page in both languages.
 */
import { expectNoAxeViolations } from './axe';
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { answer, answerKeys, firstOfType, question, quizReady, shownIds, type Key } from './quiz-helpers';



test.describe('answering', () => {
	test('a right answer says so, explains, and links the source page', async ({ page }) => {
		await page.goto('/kuis/semua/?seed=e2e-right');
		const { id, key } = await firstOfType(page, 'pilihan-tunggal');
		const q = question(page, id);
		await answer(q, key, true);
		await q.getByRole('button', { name: 'Periksa jawaban' }).click();
		const fb = q.locator('.quiz-feedback');
		await expect(fb).toHaveAttribute('role', 'status');
		await expect(fb.locator('.verdict')).toHaveText('Benar!');
		await expect(fb.getByRole('link', { name: 'Baca penjelasannya di halaman sumber' })).toHaveAttribute('href', /^\/(?!en\/)[a-z0-9/#-]+$/);
		await expect(q.locator('.quiz-opts li.is-right')).toHaveCount(1);
		await expect(page.locator('.quiz-score')).toContainText('1 dari');
	});

	test('a wrong answer says so and marks the right option', async ({ page }) => {
		await page.goto('/kuis/semua/?seed=e2e-wrong');
		const { id, key } = await firstOfType(page, 'pilihan-tunggal');
		const q = question(page, id);
		await answer(q, key, false);
		await q.getByRole('button', { name: 'Periksa jawaban' }).click();
		await expect(q.locator('.quiz-feedback .verdict')).toHaveText('Belum tepat.');
		await expect(q.locator('.quiz-opts li.is-wrong')).toHaveCount(1);
		await expect(q.locator(`.quiz-opts li.is-right[data-value="${(key as { answer: string }).answer}"]`)).toHaveCount(1);
	});

	test('every question type grades right and wrong answers', async ({ page }) => {
		await page.goto('/kuis/semua/?seed=e2e-types');
		for (const type of ['pilihan-tunggal', 'pilihan-ganda', 'benar-salah', 'menjodohkan'] as const) {
			for (const [skip, right] of [[0, true], [1, false]] as const) {
				const { id, key } = await firstOfType(page, type, skip);
				const q = question(page, id);
				await answer(q, key, right);
				await q.locator('.quiz-check').click();
				await expect(q.locator('.quiz-feedback'), `${type} ${right}`).toHaveAttribute('data-verdict', right ? 'right' : /wrong|partial/);
			}
		}
	});

	test('an empty answer asks for a choice and is not graded', async ({ page }) => {
		await page.goto('/kuis/fungsi/?seed=e2e-empty');
		const q = page.locator('.quiz-q:not([hidden])').first();
		await q.locator('.quiz-check').click();
		await expect(q.locator('.quiz-feedback')).toHaveText('Pilih jawaban dulu.');
		await expect(page.locator('.quiz-result')).toBeHidden();
	});

	test('English feedback links the English source page', async ({ page }) => {
		await page.goto('/en/kuis/semua/?seed=e2e-en');
		const { id, key } = await firstOfType(page, 'benar-salah');
		const q = question(page, id);
		await answer(q, key, true);
		await q.getByRole('button', { name: 'Check answer' }).click();
		await expect(q.locator('.quiz-feedback .verdict')).toHaveText('Right!');
		await expect(q.locator('.quiz-feedback a')).toHaveAttribute('href', /^\/en\//);
	});

	test('after the last question: score, list of mistakes, and retrying only the missed ones', async ({ page }) => {
		await page.goto('/kuis/semua/?seed=e2e-retry&count=3');
		const keys = await answerKeys(page);
		const ids = await shownIds(page);
		expect(ids).toHaveLength(3);
		for (const [i, id] of ids.entries()) {
			await answer(question(page, id), keys[id], i === 0);
			await question(page, id).locator('.quiz-check').click();
		}
		await expect(page.locator('.quiz-score')).toHaveText('1 dari 3 soal benar');
		await expect(page.locator('#quiz-result-h')).toBeFocused();
		await expect(page.locator('.quiz-mistakes li a')).toHaveCount(2);
		await page.getByRole('button', { name: 'Ulangi soal yang salah' }).click();
		expect(await shownIds(page)).toEqual(ids.slice(1));
		await expect(question(page, ids[1]).locator('.quiz-feedback')).toBeEmpty();
		await expect(page.locator('.quiz-result')).toBeHidden();
		for (const id of ids.slice(1)) {
			await answer(question(page, id), keys[id], true);
			await question(page, id).locator('.quiz-check').click();
		}
		await expect(page.locator('.quiz-score')).toHaveText('2 dari 2 soal benar');
		await expect(page.locator('.quiz-mistakes')).toContainText('Semua benar');
	});
});

test.describe('sets from the URL', () => {
	test('two people with the same link get the same questions and option order', async ({ browser }) => {
		const url = '/kuis/semua/?seed=kelas-7&count=8';
		const orders = [];
		for (let i = 0; i < 2; i++) {
			const ctx = await browser.newContext();
			const page = await ctx.newPage();
			await page.goto(url);
			await quizReady(page);
			orders.push(
				await page.locator('.quiz-q:not([hidden])').evaluateAll((els) =>
					els.map((el) => [(el as HTMLElement).dataset.id, [...el.querySelectorAll('input, select option')].map((o) => (o as HTMLInputElement).value).join()]),
				),
			);
			await ctx.close();
		}
		expect(orders[0]).toHaveLength(8);
		expect(orders[1]).toEqual(orders[0]);
	});

	test('a different seed gives a different order, and a link without a seed gets one to share', async ({ page }) => {
		await page.goto('/kuis/semua/?seed=aaa');
		const a = await shownIds(page);
		await page.goto('/kuis/semua/?seed=bbb');
		expect(await shownIds(page)).not.toEqual(a);
		await page.goto('/kuis/semua/');
		await expect(page).toHaveURL(/\?seed=[a-z0-9]{6}$/);
		const seed = new URL(page.url()).searchParams.get('seed');
		await expect(page.locator('.quiz-seed')).toHaveText(seed!);
	});

	test('the topic filter keeps only that topic on the whole-guide page', async ({ page }) => {
		await page.goto('/kuis/semua/?seed=t&topic=fungsi,strategi');
		await quizReady(page);
		const topics = await page.locator('.quiz-q:not([hidden])').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.topic))].sort());
		expect(topics).toEqual(['fungsi', 'strategi']);
	});

	test('a crafted seed or topic is ignored, never run or injected', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await page.goto('/kuis/semua/?seed=<script>alert(1)</script>&topic=<img src=x onerror=alert(2)>&count=<b>5</b>');
		await expect(page.locator('.quiz-notice')).toContainText('tidak dikenali');
		await expect(page.locator('.quiz-seed')).toHaveText(/^[a-z0-9]{6}$/);
		expect(await page.locator('img[src="x"], quiz-set script:not([type="application/json"]), quiz-set b').count()).toBe(0);
		expect(await page.content()).not.toContain('<img src=x');
		expect(dialogs).toEqual([]);
		expect(await shownIds(page)).not.toHaveLength(0);
	});
});

test.describe('progress', () => {
	test('survives a reload and shows in the per-topic summary', async ({ page }) => {
		await page.goto('/kuis/fungsi/?seed=e2e-reload');
		const keys = await answerKeys(page);
		const [id] = await shownIds(page);
		await answer(question(page, id), keys[id], true);
		await question(page, id).locator('.quiz-check').click();
		await page.reload();
		await expect(question(page, id).locator('.quiz-last')).toHaveText('Terakhir kali Anda menjawab benar.');
		await page.goto('/kuis/ulang/');
		const row = page.locator('tr[data-topic="fungsi"]');
		await expect(row.locator('.qp-answered')).toHaveText('1');
		await expect(row.locator('.qp-right')).toHaveText('1');
	});

	test('damaged stored data is discarded with a visible notice and the quiz still works', async ({ page }) => {
		await page.goto('/kuis/');
		await page.evaluate(() => localStorage.setItem('pustaka-polmas.kuis', '{"app":"pustaka-polmas-kuis","v":1,"items":{'));
		await page.goto('/kuis/fungsi/?seed=e2e-corrupt');
		await expect(page.locator('.quiz-notice')).toContainText('rusak dan telah dibuang');
		const keys = await answerKeys(page);
		const [id] = await shownIds(page);
		await answer(question(page, id), keys[id], true);
		await question(page, id).locator('.quiz-check').click();
		await expect(question(page, id).locator('.quiz-feedback .verdict')).toHaveText('Benar!');
		const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('pustaka-polmas.kuis')!));
		expect(Object.keys(stored.items)).toEqual([id]);
	});

	test('a missed question is due on the review page when its day comes', async ({ page }) => {
		await page.goto('/kuis/prinsip/?seed=e2e-due');
		const keys = await answerKeys(page);
		const [id] = await shownIds(page);
		await answer(question(page, id), keys[id], false);
		await question(page, id).locator('.quiz-check').click();
		// No new questions a day, so only what is due comes back.
		await page.goto('/kuis/ulang/');
		await page.getByLabel('Soal baru per hari').fill('0');
		await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
		await page.waitForURL('**/kuis/ulang/');
		await expect(page.getByLabel('Soal baru per hari')).toHaveValue('0');
		// Nothing due yet, and the page says when the missed question comes back.
		await expect(page.locator('.quiz-empty')).toContainText('Belum ada soal yang jatuh tempo sekarang. 1 soal yang sudah Anda jawab kembali pada');
		await page.clock.setFixedTime(new Date(Date.now() + 3 * 86_400_000));
		await page.goto('/kuis/ulang/');
		await expect(page.locator('.quiz-empty')).toHaveText('1 soal jatuh tempo hari ini.');
		expect(await shownIds(page)).toEqual([id]);
		const due = page.locator('tr[data-topic="prinsip"] .qp-due');
		await expect(due).toHaveText('1');
		await answer(question(page, id), keys[id], true);
		await question(page, id).locator('.quiz-check').click();
		await expect(due).toHaveText('0');
	});

	test('export, reset and import move progress as a file', async ({ page }, info) => {
		await page.goto('/kuis/strategi/?seed=e2e-export');
		const keys = await answerKeys(page);
		const [id] = await shownIds(page);
		await answer(question(page, id), keys[id], true);
		await question(page, id).locator('.quiz-check').click();
		await page.goto('/kuis/ulang/');
		const row = page.locator('tr[data-topic="strategi"] .qp-answered');
		await expect(row).toHaveText('1');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh kemajuan (berkas)' }).click()]);
		const file = info.outputPath('kemajuan.json');
		await download.saveAs(file);
		expect(JSON.parse(readFileSync(file, 'utf8')).items[id].topic).toBe('strategi');

		await page.getByRole('button', { name: 'Hapus semua kemajuan' }).click();
		await page.getByRole('button', { name: 'Ya, hapus kemajuan di perangkat ini' }).click();
		await expect(row).toHaveText('0');
		await expect(page.locator('.qp-notice')).toHaveText('Kemajuan telah dihapus.');

		await page.getByLabel('Muat kemajuan dari berkas').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
		await expect(page.locator('.qp-notice')).toContainText('tidak ada yang diubah');
		await expect(row).toHaveText('0');

		await page.getByLabel('Muat kemajuan dari berkas').setInputFiles(file);
		await expect(page.locator('.qp-notice')).toHaveText('Kemajuan dari berkas telah digabungkan.');
		await expect(row).toHaveText('1');
	});
});

test('a whole quiz can be done with the keyboard alone', async ({ page }) => {
	await page.goto('/kuis/semua/?seed=e2e-keys&count=4');
	const ids = await shownIds(page);
	// From the top of the page, through the site header and the intro, with Tab, Space, arrows and Enter only.
	for (let presses = 0; presses < 200; presses++) {
		if (await page.locator('.quiz-result:not([hidden]) .quiz-mistakes:not([hidden])').count()) break;
		await page.keyboard.press('Tab');
		const kind = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			if (el.matches('.quiz-check')) return 'check';
			if (el.matches('input[type=radio], input[type=checkbox]')) return (el as HTMLInputElement).checked ? 'done' : 'choice';
			if (el.matches('.quiz-q select')) return (el as HTMLSelectElement).value ? 'done' : 'select';
			return 'other';
		});
		if (kind === 'choice') await page.keyboard.press('Space');
		if (kind === 'select') await page.keyboard.press('ArrowDown');
		if (kind === 'check') await page.keyboard.press('Enter');
	}
	await expect(page.locator('.quiz-score')).toHaveText(/dari 4 soal benar/);
	for (const id of ids) await expect(question(page, id).locator('.quiz-feedback')).toHaveAttribute('data-verdict', /right|wrong|partial/);
	await expect(page.locator('#quiz-result-h')).toBeFocused();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('questions and their answers are readable', async ({ page }) => {
		await page.goto('/kuis/fungsi/');
		const q = page.locator('.quiz-q').first();
		await expect(q.locator('legend')).toBeVisible();
		await expect(q.locator('.quiz-check')).toBeHidden();
		await expect(q.locator('.quiz-key')).toBeHidden();
		await q.getByText('Lihat jawaban').click();
		await expect(q.locator('.quiz-key')).toBeVisible();
		await expect(q.locator('.quiz-key')).toContainText('Jawaban:');
		expect(await page.locator('.quiz-q').count()).toBeGreaterThan(1);
	});

	test('the whole-bank pages say they need JavaScript and lead to the topic pages, which work without it', async ({ page }) => {
		await page.goto('/en/kuis/ulang/');
		await expect(page.getByText('Without JavaScript this page cannot read your review schedule')).toBeVisible();
		await page.goto('/kuis/semua/');
		await expect(page.locator('.quiz-nojs')).toContainText('kerjakan kuis per topik');
		await page.locator('.quiz-nojs').getByRole('link', { name: 'Pilih topik kuis' }).click();
		await expect(page).toHaveURL(/\/kuis\/$/);
		await page.locator('main').getByRole('link', { name: /FKPM/ }).first().click();
		await expect(page.locator('.quiz-q').first()).toBeVisible();
		await expect(page.locator('.quiz-q details.quiz-answer').first()).toBeVisible();
	});

	test('a long topic is shown in parts that link each other and number on', async ({ page }) => {
		const inBank = readdirSync('content/questions/istilah').filter((f) => f.endsWith('.yaml')).length;
		expect(inBank).toBeGreaterThan(18);
		const ids = () => page.locator('.quiz-q').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id!));
		await page.goto('/kuis/istilah/');
		const nav = page.getByRole('navigation', { name: 'Bagian kuis topik ini' });
		await expect(nav).toContainText('Bagian 1 dari 2');
		const first = await ids();
		await expect(page.locator('.quiz-q legend').first()).toContainText('Soal 1.');
		await page.getByRole('link', { name: 'Lanjut ke bagian 2 dari 2' }).click();
		await expect(page).toHaveURL(/\/kuis\/istilah-2\/$/);
		await expect(nav).toContainText('Bagian 2 dari 2');
		await expect(page.locator('.quiz-q legend').first()).toContainText(`Soal ${first.length + 1}.`);
		const second = await ids();
		expect(new Set([...first, ...second]).size).toBe(inBank);
		expect(Math.abs(first.length - second.length)).toBeLessThanOrEqual(1);
		await nav.getByRole('link', { name: '1' }).click();
		await expect(page).toHaveURL(/\/kuis\/istilah\/$/);
	});
});

test.describe('axe, in states a page load does not reach', () => {

	test('a quiz with feedback, score and mistakes shown has no violations', async ({ browser }) => {
		const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await ctx.newPage();
		await page.goto('/kuis/semua/?seed=axe&count=2');
		const keys = await answerKeys(page);
		for (const [i, id] of (await shownIds(page)).entries()) {
			await answer(question(page, id), keys[id], i === 0);
			await question(page, id).locator('.quiz-check').click();
		}
		await expect(page.locator('.quiz-mistakes')).toBeVisible();
		await expectNoAxeViolations(page);
		await ctx.close();
	});
});

test.describe('review settings', () => {
	test('new questions a day and the daily review limit change today\'s review, and are kept', async ({ page }) => {
		// Two questions answered wrong three days ago are due today.
		await page.clock.setFixedTime(new Date(Date.now() - 3 * 86_400_000));
		await page.goto('/kuis/fungsi/?seed=e2e-settings&count=2');
		const keys = await answerKeys(page);
		for (const id of await shownIds(page)) {
			await answer(question(page, id), keys[id], false);
			await question(page, id).locator('.quiz-check').click();
		}
		await page.clock.setFixedTime(new Date(Date.now() + 3 * 86_400_000));
		await page.goto('/kuis/ulang/');
		// Defaults: 30 reviews and 10 new a day.
		await expect(page.locator('.quiz-empty')).toHaveText('Hari ini: 2 soal jatuh tempo dan 10 soal baru.');
		expect(await shownIds(page)).toHaveLength(12);

		await page.getByLabel('Soal ulangan per hari').fill('1');
		await page.getByLabel('Soal baru per hari').fill('3');
		await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
		await expect(page.locator('.quiz-empty')).toHaveText('Hari ini: 1 soal jatuh tempo dan 3 soal baru.');
		await expect(page.locator('.quiz-notice')).toContainText('1 soal jatuh tempo lainnya menunggu besok');
		expect(await shownIds(page)).toHaveLength(4);
		await page.reload();
		await expect(page.getByLabel('Soal ulangan per hari')).toHaveValue('1');
	});

	test('a value out of range is named and nothing is saved', async ({ page }) => {
		await page.goto('/kuis/ulang/');
		await page.getByLabel('Seberapa yakin Anda ingin masih ingat (persen)').fill('99');
		await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
		await expect(page.locator('.rs-status')).toContainText('isi angka dari 70 sampai 97. Tidak ada yang disimpan.');
		expect(await page.evaluate(() => localStorage.getItem('pustaka-polmas.kuis.setelan'))).toBeNull();
	});

	test('hand-edited settings fall back to the defaults with a notice', async ({ page }) => {
		await page.goto('/kuis/');
		await page.evaluate(() => localStorage.setItem('pustaka-polmas.kuis.setelan', JSON.stringify({ app: 'pustaka-polmas-setelan', v: 1, retention: 5, newPerDay: 4, reviewsPerDay: 30 })));
		await page.goto('/kuis/ulang/');
		await expect(page.locator('.rs-status')).toContainText('tidak dapat dipakai; nilai bawaan dipakai');
		await expect(page.getByLabel('Seberapa yakin Anda ingin masih ingat (persen)')).toHaveValue('90');
		await expect(page.getByLabel('Soal baru per hari')).toHaveValue('4');
	});
});
