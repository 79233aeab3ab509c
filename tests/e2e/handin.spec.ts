/**
 * The class hand-in with no network (issue 13, part 1): a learner finishes a class set,
 * types a name and gets a QR code and the same code as text; the trainer's results page,
 * in another browser context and offline, takes the pasted code into a table with the
 * name, score and marks per question. Tampered codes and codes of another set are refused
 * with a message and add nothing; the roster survives a reload; the CSV holds the table.
 * Topic pages hand in too, a part of a long topic (/kuis/istilah-2/) with its part named.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { test, expect } from './fixtures';
import { answer, answerKeys, question, shownIds } from './quiz-helpers';
import { encodeHandIn } from '../../src/lib/handin/code';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
// Two devices, a whole set answered and the whole bank loaded twice: slow on a busy 2-CPU machine.
test.describe.configure({ timeout: 90_000 });

/** Answers every shown question, right where `pattern[i]` is true; returns the shown ids. */
async function finishSet(page: Page, pattern: boolean[]): Promise<string[]> {
	const keys = await answerKeys(page);
	const ids = await shownIds(page);
	expect(ids).toHaveLength(pattern.length);
	for (const [i, id] of ids.entries()) {
		await answer(question(page, id), keys[id]!, pattern[i]!);
		await question(page, id).locator('.quiz-check').click();
	}
	return ids;
}

/** A trainer's page in its own context, failing the test on a console error of its own. */
async function trainerPage(browser: Browser) {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true, serviceWorkers: 'block' });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
	return { context, page, errors };
}

/** Opens the results page and waits for its question bank, then cuts the network. */
async function openOffline(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('class-results')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	// The page's own deferred fetches (search warm-up) are done before the network goes.
	await expect(page.locator('html')).toHaveAttribute('data-offline-client', 'ready', { timeout: 30_000 });
	await page.waitForLoadState('networkidle');
	await page.context().setOffline(true);
}

const paste = async (page: Page, text: string, button = 'Tambahkan') => {
	await page.locator('#cr-codes').fill(text);
	await page.getByRole('button', { name: button, exact: true }).click();
};

test('a learner’s hand-in code reaches the trainer’s table offline; tampered codes and codes of another set add nothing', async ({ page, browser }) => {
	// The trainer builds the set; the learner opens its link and finishes it.
	await page.goto('/pelatih/kuis-kelas/?seed=kelas13&topic=fkpm,prinsip&count=3');
	const share = await page.getByRole('link', { name: 'Tautan untuk peserta' }).getAttribute('href');
	const results = await page.getByRole('link', { name: /Halaman hasil kelas/ }).getAttribute('href');
	expect(results).toBe('/pelatih/hasil/?seed=kelas13&topic=fkpm%2Cprinsip&count=3');
	await page.goto(share!);
	const handIn = page.locator('quiz-handin');
	await finishSet(page, [true, false, true]);
	await expect(page.locator('.quiz-score')).toHaveText('2 dari 3 soal benar');
	await expect(handIn).toBeVisible();
	await handIn.getByRole('button', { name: 'Buat kode' }).click();
	await expect(handIn.locator('.handin-msg')).toHaveText('Tulis nama Anda dulu.');
	await handIn.getByLabel('Nama Anda').fill('  Siti  Rahayu, S.H.  ');
	await handIn.getByRole('button', { name: 'Buat kode' }).click();
	const qr = handIn.getByRole('img', { name: 'Kode QR hasil Siti Rahayu, S.H.: 2 dari 3 benar' });
	await expect(qr).toBeVisible();
	expect(await qr.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
	expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h\d+/);
	const code = (await handIn.locator('.handin-code').textContent())!;
	expect(code).toMatch(/^PP1\|kelas13\|fkpm,prinsip\|3\|[0-9a-z]+\|202\|Siti%20Rahayu%2C%20S\.H\.\|[0-9a-z]+$/);
	await handIn.getByRole('button', { name: 'Salin kode' }).click();
	await expect(handIn.locator('.handin-msg')).toHaveText(/Kode disalin/);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
	await expectNoAxeViolations(page, { label: 'hand-in shown', include: ['quiz-handin'] });

	// The trainer, on another device, opens the results page for this set, then goes offline.
	const trainer = await trainerPage(browser);
	const t = trainer.page;
	await openOffline(t, results!);
	await expect(t.locator('.cr-collecting')).toContainText('Mengumpulkan hasil set kelas13 (FKPM, Prinsip Polmas; 3)');
	await expect(t.locator('.cr-scan-status')).toHaveText(/tidak dapat membaca kode QR dengan kamera/);
	await paste(t, `${code.slice(0, 25)}\n${code.slice(25)}`);
	await expect(t.locator('.cr-messages')).toHaveText('Siti Rahayu, S.H. ditambahkan: 2 dari 3.');
	const row = t.locator('.cr-learners tbody tr');
	await expect(row).toHaveCount(1);
	await expect(row.locator('th')).toHaveText('Siti Rahayu, S.H.');
	await expect(row.locator('.cr-score')).toHaveText('2/3');
	await expect(row.locator('td .cr-sr')).toHaveText(['benar', 'salah', 'benar']);
	// The most missed question (the second) heads the summary, with the bank's question text.
	await expect(t.locator('.cr-summary tbody tr').first().locator('th')).toHaveText(/^Soal 2: \S+/);
	await expect(t.locator('.cr-chart svg[role="img"] desc')).toContainText('Soal 2: 1 salah, 0 sebagian benar, 0 benar.');

	// One digit of the results changed: the checksum refuses it.
	const tampered = code.replace('|202|', '|222|');
	await paste(t, tampered);
	await expect(t.locator('.cr-messages')).toHaveText(/rusak atau telah diubah/);
	await expect(t.locator('#cr-codes')).toHaveValue(tampered);
	// A sound code of another set is refused on the page collecting this one.
	const otherSet = encodeHandIn({ seed: 'lain99', topics: ['fkpm'], count: 2, part: null, fingerprint: 'abc', results: [2, 2], name: 'Budi' });
	await paste(t, otherSet);
	await expect(t.locator('.cr-messages')).toHaveText('Kode Budi berasal dari set lain99 (FKPM; 2), bukan set yang sedang dikumpulkan. Tidak ada yang ditambahkan.');
	await expect(row).toHaveCount(1);
	await expect(t.locator('.cr-set')).toHaveCount(1);

	// Back online: a reload keeps the roster; the page for every set still refuses a code whose
	// questions are not the ones this bank draws for its set.
	await t.context().setOffline(false);
	await t.goto('/pelatih/hasil/');
	await expect(t.locator('.cr-learners tbody tr th')).toHaveText(['Siti Rahayu, S.H.']);
	await expect(t.locator('class-results')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await paste(t, otherSet);
	await expect(t.locator('.cr-messages')).toHaveText(/Kode Budi tidak cocok dengan soal di perangkat ini/);
	await expect(t.locator('.cr-set')).toHaveCount(1);

	// The CSV holds the table, with a BOM for spreadsheets and the name quoted.
	const download = t.waitForEvent('download');
	await t.getByRole('button', { name: 'Unduh CSV' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('hasil-kelas13.csv');
	expect(await readFile((await file.path())!, 'utf8')).toBe('\ufeffNama,Skor,Soal 1,Soal 2,Soal 3\r\n"Siti Rahayu, S.H.",2,1,0,1\r\n');
	await expectNoAxeViolations(t, { label: 'results with a set' });
	await trainer.context.close();
	expect(trainer.errors).toEqual([]);
});

test('in English, several codes pasted at once are each taken in, and a learner or a set can be removed', async ({ page, browser }) => {
	const codes: string[] = [];
	for (const [name, pattern] of [
		['Ani', [true, true]],
		['Budi', [false, true]],
	] as const) {
		await page.goto('/en/kuis/semua/?seed=en13&topic=fungsi&count=2');
		await page.evaluate(() => sessionStorage.clear());
		await page.reload();
		await finishSet(page, [...pattern]);
		const handIn = page.locator('quiz-handin');
		await handIn.getByLabel('Your name').fill(name);
		await handIn.getByRole('button', { name: 'Make the code' }).click();
		await expect(handIn.getByRole('img', { name: new RegExp(`^QR code of the result of ${name}: \\d of 2 right$`) })).toBeVisible();
		codes.push((await handIn.locator('.handin-code').textContent())!);
	}
	expect(codes[0]).toMatch(/^PP1\|en13\|fungsi\|2\|/);

	const trainer = await trainerPage(browser);
	const t = trainer.page;
	await openOffline(t, '/en/pelatih/hasil/');
	await expect(t.getByText('No results yet.')).toBeVisible();
	await paste(t, `${codes[0]}\n\n${codes[1]}\nnot a code`, 'Add');
	await expect(t.locator('.cr-messages li')).toHaveText([/^Ani added: 2 of 2\.$/, /^Budi added: [01](\.5)? of 2\.$/, /^“not a code” is not a whole result code/]);
	await expect(t.locator('.cr-learners tbody th')).toHaveText(['Ani', 'Budi']);
	await expect(t.locator('.cr-meta')).toHaveText('Functions of Polmas · 2 questions · 2 learners');
	await t.getByRole('button', { name: 'Remove Budi' }).click();
	await expect(t.locator('.cr-learners tbody th')).toHaveText(['Ani']);
	await expect(t.locator('.cr-messages')).toHaveText('Budi was removed from the list.');
	t.once('dialog', (d) => void d.accept());
	await t.getByRole('button', { name: 'Clear this set' }).click();
	await expect(t.locator('.cr-set')).toHaveCount(0);
	await expect(t.getByText('No results yet.')).toBeVisible();
	await t.context().setOffline(false);
	await t.reload();
	await expect(t.getByText('No results yet.')).toBeVisible();
	await trainer.context.close();
	expect(trainer.errors).toEqual([]);
});

/** Finishes the set on the page (right, wrong, right, …), makes the code for `name` and returns it. */
async function handInAll(page: Page, name: string, labels = { name: 'Nama Anda', make: 'Buat kode' }): Promise<string> {
	const n = (await shownIds(page)).length;
	await finishSet(page, Array.from({ length: n }, (_, i) => i % 2 === 0));
	const handIn = page.locator('quiz-handin');
	await expect(handIn).toBeVisible();
	await handIn.getByLabel(labels.name).fill(name);
	await handIn.getByRole('button', { name: labels.make }).click();
	await expect(handIn.locator('.handin-qr svg')).toBeVisible();
	return (await handIn.locator('.handin-code').textContent())!;
}

test('a learner hands in part 2 of a long topic; the trainer’s table names the part, and a part-1 code is another set there', async ({ page, browser }) => {
	// Part 2 of the terms quiz holds only its part: the code names topic and part.
	await page.goto('/kuis/istilah-2/?seed=bag2');
	await expect(page.locator('.quiz-parts')).toContainText('Bagian 2 dari 2');
	const part2Ids = await shownIds(page);
	const firstStem = await question(page, part2Ids[0]!)
		.locator('legend')
		.evaluate((legend) => {
			const copy = legend.cloneNode(true) as Element;
			copy.querySelector('.quiz-num')?.remove();
			return copy.textContent!.trim();
		});
	const part2 = await handInAll(page, 'Ani');
	expect(part2).toMatch(new RegExp(`^PP2\\|bag2\\|istilah\\|\\|2\\|[0-9a-z]+\\|[012]{${part2Ids.length}}\\|Ani\\|[0-9a-z]+$`));
	// Part 1 (the topic's own page), same seed: other questions, and a code naming part 1.
	await page.goto('/kuis/istilah/?seed=bag2');
	const part1Ids = await shownIds(page);
	expect(part1Ids.filter((id) => part2Ids.includes(id))).toEqual([]);
	const part1 = await handInAll(page, 'Budi');
	expect(part1).toMatch(/^PP2\|bag2\|istilah\|\|1\|/);

	// The trainer collects part 2 only (the page opened with its params), offline.
	const trainer = await trainerPage(browser);
	const t = trainer.page;
	await openOffline(t, '/pelatih/hasil/?seed=bag2&topic=istilah&part=2');
	await expect(t.locator('.cr-collecting')).toContainText('Mengumpulkan hasil set bag2 (Istilah, bagian 2)');
	await paste(t, part2);
	await expect(t.locator('.cr-messages')).toHaveText(new RegExp(`^Ani ditambahkan: \\d+(,5)? dari ${part2Ids.length}\\.$`));
	await expect(t.locator('.cr-meta')).toHaveText(`Istilah, bagian 2 · ${part2Ids.length} soal · 1 peserta`);
	await expect(t.locator('.cr-learners tbody th')).toHaveText(['Ani']);
	// The trainer's bank drew the part's questions in the learner's order: the first column is the first question shown.
	await expect(t.locator('.cr-learners thead th').nth(2)).toHaveAttribute('title', `Soal 1: ${firstStem}`);
	// Part 1's code, same seed and topic, is another set on this page: nothing added.
	await paste(t, part1);
	await expect(t.locator('.cr-messages')).toHaveText('Kode Budi berasal dari set bag2 (Istilah, bagian 1), bukan set yang sedang dikumpulkan. Tidak ada yang ditambahkan.');
	await expect(t.locator('.cr-set')).toHaveCount(1);

	// Online again, on the page for every set: part 1 is taken in as a set of its own beside part 2.
	await t.context().setOffline(false);
	await t.goto('/pelatih/hasil/');
	await paste(t, part1);
	await expect(t.locator('.cr-messages')).toHaveText(/^Budi ditambahkan: /);
	await expect(t.locator('.cr-meta')).toHaveText([`Istilah, bagian 2 · ${part2Ids.length} soal · 1 peserta`, `Istilah, bagian 1 · ${part1Ids.length} soal · 1 peserta`]);
	await trainer.context.close();
	expect(trainer.errors).toEqual([]);
});

test('in English, a part page’s code with a count reaches the results table described with its part', async ({ page }) => {
	await page.goto('/en/kuis/istilah-2/?seed=en2&count=2');
	const code = await handInAll(page, 'Dewi', { name: 'Your name', make: 'Make the code' });
	expect(code).toMatch(/^PP2\|en2\|istilah\|2\|2\|/);
	await page.goto('/en/pelatih/hasil/?seed=en2&topic=istilah&count=2&part=2');
	await expect(page.locator('class-results')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await expect(page.locator('.cr-collecting')).toContainText('Collecting results of set en2 (Terms, part 2; 2)');
	await paste(page, code, 'Add');
	await expect(page.locator('.cr-messages')).toHaveText(/^Dewi added: 1(\.5)? of 2\.$/);
	await expect(page.locator('.cr-meta')).toHaveText('Terms, part 2 · 2 questions · 1 learners');
});

test('a name sent before the hand-in script has arrived makes the code once it runs, without reloading the page', async ({ page }) => {
	// The hand-in script is held back until the learner has sent the name (a slow phone network).
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	let asked = false;
	await page.route(/\/_astro\/handin-element\.[\w-]+\.js$/, async (route) => {
		asked = true;
		await held;
		await route.continue();
	});
	await page.goto('/kuis/fungsi/?seed=lambat&count=1');
	const url = page.url();
	await finishSet(page, [true]);
	const handIn = page.locator('quiz-handin');
	await expect(handIn).toBeVisible();
	await expect.poll(() => asked).toBe(true);
	await handIn.getByLabel('Nama Anda').fill('Sari');
	await handIn.getByRole('button', { name: 'Buat kode' }).click();
	await expect(handIn.locator('.handin-out')).toBeHidden();
	release();
	await expect(handIn.locator('.handin-code')).toHaveText(/^PP1\|lambat\|fungsi\|1\|[0-9a-z]+\|2\|Sari\|[0-9a-z]+$/);
	expect(page.url()).toBe(url);
});

test('a full storage is told on the results page and the result stays on screen', async ({ page }) => {
	await page.goto('/kuis/semua/?seed=penuh&topic=fungsi&count=1');
	await finishSet(page, [true]);
	await page.locator('quiz-handin').getByLabel('Nama Anda').fill('Ani');
	await page.locator('quiz-handin').getByRole('button', { name: 'Buat kode' }).click();
	const code = (await page.locator('.handin-code').textContent())!;
	await page.goto('/pelatih/hasil/');
	await expect(page.locator('class-results')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await page.evaluate(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await paste(page, code);
	await expect(page.locator('.cr-alerts')).toHaveText(/Penyimpanan perangkat penuh/);
	await expect(page.locator('.cr-learners tbody th')).toHaveText(['Ani']);
});

test('where the browser reads QR codes, the camera scan adds each code once, however long it is held in view', async ({ page }) => {
	await page.goto('/kuis/semua/?seed=kamera&topic=fungsi&count=1');
	await finishSet(page, [true]);
	await page.locator('quiz-handin').getByLabel('Nama Anda').fill('Dewi');
	await page.locator('quiz-handin').getByRole('button', { name: 'Buat kode' }).click();
	const code = (await page.locator('.handin-code').textContent())!;
	// Chromium on Linux has no BarcodeDetector: stand in for it and for the camera, which
	// "sees" the learner's code in every frame.
	await page.addInitScript((seen) => {
		const w = window as unknown as Record<string, unknown>;
		w.BarcodeDetector = class {
			static getSupportedFormats = async () => ['qr_code'];
			detect = async () => {
				w.detected = ((w.detected as number) ?? 0) + 1;
				return [{ rawValue: seen }];
			};
		};
		const canvas = document.createElement('canvas');
		canvas.getContext('2d')!.fillRect(0, 0, 10, 10);
		navigator.mediaDevices.getUserMedia = async () => canvas.captureStream(5);
	}, code);
	await page.goto('/pelatih/hasil/');
	await expect(page.locator('class-results')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await page.getByRole('button', { name: 'Pindai dengan kamera' }).click();
	await expect(page.locator('.cr-scan-status')).toHaveText(/Arahkan kamera/);
	await expect(page.locator('.cr-learners tbody th')).toHaveText(['Dewi']);
	await expect(page.locator('.cr-messages li')).toHaveText([/^Dewi ditambahkan: 1 dari 1\.$/]);
	// Frames keep coming with the same code in view: it is not taken in again.
	await expect.poll(() => page.evaluate(() => (window as unknown as { detected: number }).detected)).toBeGreaterThan(4);
	await expect(page.locator('.cr-messages li')).toHaveText([/^Dewi ditambahkan: 1 dari 1\.$/]);
	await expect(page.locator('.cr-learners tbody tr')).toHaveCount(1);
	await page.getByRole('button', { name: 'Berhenti memindai' }).click();
	await expect(page.locator('.cr-video')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Pindai dengan kamera' })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the results page says what needs JavaScript and shows no dead form', async ({ page }) => {
		await page.goto('/pelatih/hasil/');
		await expect(page.locator('.cr-nojs')).toHaveText(/perlu JavaScript/);
		await expect(page.locator('#cr-codes')).toBeHidden();
	});
});
