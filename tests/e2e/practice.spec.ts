/**
 * The practice tools (/praktik/…) as a reader uses them on a 360 px phone: the SARA workbook
 * (cases created, renamed, deleted and kept across a reload; export then import; a bad file
 * refused with nothing lost; damaged storage reported while the page keeps working; a full
 * storage reported; the worked exercise; printing), the FKPM self-check (scores per area,
 * two rounds compared), the field notes (draft kept, shared as text with each fallback), the
 * blank forms without JavaScript, the layout at 360 px, offline use after one home visit,
 * and axe on the tools with content in them. Tests wait for states, never for set times.
 */
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './axe';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { corePagesFor, parseCoreAssets, practicePages } from '../../src/lib/offline/precache';
import { distFile } from './site-pages';

const SARA = 'pustaka-polmas.sara';
const tools = ['/praktik/sara/', '/praktik/cek-fkpm/', '/praktik/notulen/'];

/** Waits until the island has taken over the server-rendered form. */
async function ready(page: Page, tag: string) {
	await expect(page.locator(`${tag}[data-ready]`)).toHaveCount(1);
}

async function openSara(page: Page, path = '/praktik/sara/') {
	await page.goto(path);
	await ready(page, 'sara-workbook');
}

const saved = (page: Page) => expect(page.locator('.pr-status')).toHaveAttribute('data-state', 'saved');

/** Exports through the page's button and returns the downloaded file's path and text. */
async function exportVia(page: Page, name: string | RegExp) {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
	const path = await download.path();
	return { path, text: await readFile(path, 'utf8'), name: download.suggestedFilename() };
}

test.describe('SARA workbook', () => {
	test('creates, renames and deletes cases, and keeps them across a reload', async ({ page }) => {
		await openSara(page);
		await expect(page.getByText('Belum ada kasus.')).toBeVisible();

		// Typing in the empty worksheet starts a case.
		await page.getByLabel('Apa masalahnya?').fill('Parkir liar menutup jalan di depan pasar');
		await saved(page);
		await expect(page.locator('.pr-entry')).toHaveCount(1);
		await page.getByLabel('Nama kasus', { exact: true }).fill('Parkir liar Pasar Baru');
		await page.getByLabel('Pelaku', { exact: true }).fill('Juru parkir tanpa izin');
		await page.getByRole('checkbox', { name: 'FKPM', exact: true }).check();
		await page.getByRole('checkbox', { name: /b\. Pemecahan masalah/ }).check();
		await page.locator('#sara-task-0-what').fill('Rapat dengan pengelola pasar');
		await page.locator('#sara-task-0-who').fill('Ketua FKPM');
		await page.locator('#sara-task-0-due').fill('2026-12-10');
		await saved(page);
		await expect(page.locator('.pr-entry[aria-current="true"] .pr-entry-name')).toHaveText('Parkir liar Pasar Baru');

		// A second case.
		await page.getByRole('button', { name: 'Kasus baru' }).click();
		await expect(page.getByLabel('Nama kasus', { exact: true })).toHaveValue('Kasus 2');
		await expect(page.getByLabel('Apa masalahnya?')).toHaveValue('');
		await page.getByLabel('Nama kasus', { exact: true }).fill('Balap liar');
		await saved(page);
		await expect(page.locator('.pr-entry')).toHaveCount(2);

		await page.reload();
		await ready(page, 'sara-workbook');
		await expect(page.locator('.pr-entry-name')).toHaveText(['Balap liar', 'Parkir liar Pasar Baru']);
		await page.locator('.pr-entry', { hasText: 'Parkir liar Pasar Baru' }).click();
		await expect(page.getByLabel('Apa masalahnya?')).toHaveValue('Parkir liar menutup jalan di depan pasar');
		await expect(page.getByLabel('Pelaku', { exact: true })).toHaveValue('Juru parkir tanpa izin');
		await expect(page.getByRole('checkbox', { name: 'FKPM', exact: true })).toBeChecked();
		await expect(page.locator('#sara-task-0-due')).toHaveValue('2026-12-10');

		// Rename, reload, still renamed.
		await page.getByLabel('Nama kasus', { exact: true }).fill('Parkir liar depan Pasar Baru');
		await saved(page);
		await page.reload();
		await ready(page, 'sara-workbook');
		await expect(page.locator('.pr-entry-name').first()).toHaveText('Parkir liar depan Pasar Baru');

		// Delete asks first, then removes only that case.
		await page.getByRole('button', { name: 'Hapus kasus ini' }).click();
		await page.getByRole('button', { name: 'Ya, hapus «Parkir liar depan Pasar Baru»' }).click();
		await expect(page.locator('.pr-message')).toContainText('«Parkir liar depan Pasar Baru» dihapus.');
		await expect(page.locator('.pr-entry-name')).toHaveText(['Balap liar']);
		await page.reload();
		await ready(page, 'sara-workbook');
		await expect(page.locator('.pr-entry-name')).toHaveText(['Balap liar']);
	});

	test('exports all cases to a file and imports them back after the device was cleared', async ({ page }) => {
		await openSara(page);
		await page.getByLabel('Nama kasus', { exact: true }).fill('Pencurian jemuran');
		await page.getByLabel('Di mana?').fill('RT 02 RW 05');
		await page.getByLabel('Ukuran keberhasilan').fill('Laporan pencurian per bulan');
		await saved(page);
		const file = await exportVia(page, 'Ekspor semua kasus');
		expect(file.name).toMatch(/^sara-\d{4}-\d{2}-\d{2}\.json$/);
		expect(JSON.parse(file.text)).toMatchObject({ app: 'pustaka-polmas-sara', v: 1, cases: [{ name: 'Pencurian jemuran' }] });

		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await ready(page, 'sara-workbook');
		await expect(page.locator('.pr-entry')).toHaveCount(0);
		await page.getByLabel('Impor dari berkas').setInputFiles(file.path);
		await expect(page.locator('.pr-message')).toContainText('1 kasus baru');
		await expect(page.locator('.pr-entry-name')).toHaveText(['Pencurian jemuran']);
		await expect(page.getByLabel('Di mana?')).toHaveValue('RT 02 RW 05');
		await page.reload();
		await ready(page, 'sara-workbook');
		await expect(page.getByLabel('Ukuran keberhasilan')).toHaveValue('Laporan pencurian per bulan');

		// Importing the same file again adds nothing.
		await page.getByLabel('Impor dari berkas').setInputFiles(file.path);
		await expect(page.locator('.pr-message')).toContainText('0 kasus baru, 0 salinan');
		await expect(page.locator('.pr-entry')).toHaveCount(1);
	});

	test('refuses a bad file with a clear message and keeps the cases already here', async ({ page }) => {
		await openSara(page);
		await page.getByLabel('Nama kasus', { exact: true }).fill('Kasus yang harus tetap ada');
		await saved(page);
		const before = await page.evaluate((k) => localStorage.getItem(k), SARA);

		await page.getByLabel('Impor dari berkas').setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"pustaka-polmas-sara","v":1,"cases":[') });
		await expect(page.locator('.pr-message')).toHaveText('Berkas tidak dapat diimpor: isinya bukan data JSON yang utuh. Data di perangkat ini tidak berubah.');
		await page.getByLabel('Impor dari berkas').setInputFiles({ name: 'kuis.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"pustaka-polmas-kuis","v":1,"items":{}}') });
		await expect(page.locator('.pr-message')).toContainText('berkas ini bukan milik alat ini');
		const badCase = { id: 'kasus-bad00001', name: 'Rusak', createdAt: 'kemarin', updatedAt: 'kemarin', answers: { what: 42 }, partners: [], tasks: [], strategies: [] };
		await page.getByLabel('Impor dari berkas').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ app: 'pustaka-polmas-sara', v: 1, cases: [badCase] })) });
		await expect(page.locator('.pr-message')).toContainText('Dilewati karena tidak sah: #1 "Rusak" createdAt is not a date and time');

		await expect(page.locator('.pr-entry-name')).toHaveText(['Kasus yang harus tetap ada']);
		expect(await page.evaluate((k) => localStorage.getItem(k), SARA)).toBe(before);
	});

	test('reports damaged stored data, keeps a copy to download, and the page works', async ({ page }) => {
		await page.addInitScript((k) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(k, '{"app":"pustaka-polmas-sara","v":1,"cases":[{"id":');
				sessionStorage.setItem('seeded', '1');
			}
		}, SARA);
		await openSara(page);
		await expect(page.locator('.pr-alert')).toContainText('tidak dapat dibaca (isinya bukan data JSON yang utuh)');
		await expect(page.locator('.pr-alert')).toContainText('Salinan data aslinya disimpan terpisah');
		expect(await page.evaluate((k) => localStorage.getItem(`${k}.cadangan`), SARA)).toBe('{"app":"pustaka-polmas-sara","v":1,"cases":[{"id":');

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh data asli' }).click()]);
		expect(await readFile(await download.path(), 'utf8')).toBe('{"app":"pustaka-polmas-sara","v":1,"cases":[{"id":');

		await page.getByLabel('Apa masalahnya?').fill('Tetap bisa dipakai');
		await saved(page);
		await page.reload();
		await ready(page, 'sara-workbook');
		await expect(page.locator('.pr-alert')).toHaveCount(0);
		await expect(page.getByLabel('Apa masalahnya?')).toHaveValue('Tetap bisa dipakai');
	});

	test('tells the reader when the device storage is full instead of pretending to save', async ({ page }) => {
		await page.addInitScript(() => {
			// Only the workbook's own key is refused, as a full storage would; Starlight's
			// session state is left alone.
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (key: string, value: string) {
				if (this === localStorage && key.startsWith('pustaka-polmas.sara')) throw new DOMException('full', 'QuotaExceededError');
				return setItem.call(this, key, value);
			};
		});
		await openSara(page);
		await page.getByLabel('Apa masalahnya?').fill('Tidak tersimpan');
		await expect(page.locator('.pr-status')).toHaveAttribute('data-state', 'failed');
		await expect(page.locator('.pr-message')).toContainText('Penyimpanan perangkat penuh');
	});

	test('copies the worked exercise, labelled as an exercise, built from the case study', async ({ page }) => {
		await openSara(page);
		const example = page.locator('details.sara-example');
		await expect(example.locator('summary')).toContainText('Latihan');
		await example.locator('summary').click();
		await expect(example).toContainText('Kejahatan di kawasan Malioboro');
		await expect(example).toContainText('hampir 30 %');
		await expect(example.locator('a[href="#sumber-taf-2007"]').first()).toBeVisible();
		await page.getByRole('button', { name: 'Salin contoh ini ke buku kerja sebagai kasus latihan' }).click();
		await expect(page.locator('.pr-entry[aria-current="true"]')).toContainText('Latihan');
		await expect(page.getByLabel('Apa masalahnya?')).toHaveValue(/Kejahatan di kawasan Malioboro/);
		await expect(page.getByLabel('Siapa yang terkena dampaknya?')).toHaveValue('');
		await expect(page.getByRole('checkbox', { name: /b\. Pemecahan masalah/ })).toBeChecked();
	});

	test('prints the open case as a report with its answers and no site navigation', async ({ page }) => {
		await openSara(page);
		await page.getByLabel('Nama kasus', { exact: true }).fill('Balap liar malam Minggu');
		await page.getByLabel('Penyebab').fill('Jalan lurus tanpa penerangan');
		await saved(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.pr-report')).toBeVisible();
		await expect(page.locator('.pr-report h2')).toHaveText('Kasus SARA: Balap liar malam Minggu');
		await expect(page.locator('.pr-report')).toContainText('Jalan lurus tanpa penerangan');
		for (const chrome of ['header.header', '#starlight__sidebar', '.sara-sheet', '.pr-list', 'mobile-starlight-toc'])
			await expect(page.locator(chrome).first(), chrome).toBeHidden();
		const pdf = await page.pdf({ preferCSSPageSize: true });
		const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
		// A4 is 595 × 842 points.
		expect(Math.round(Number(box![1]))).toBe(595);
		expect(Math.round(Number(box![2]))).toBe(842);
	});

	test('shares a case as WhatsApp text through the share menu', async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { shared: unknown[] }).shared = [];
			navigator.share = async (data) => void (window as unknown as { shared: unknown[] }).shared.push(data);
		});
		await openSara(page);
		await page.getByLabel('Nama kasus', { exact: true }).fill('Parkir liar');
		await page.getByLabel('Apa masalahnya?').fill('Jalan tertutup');
		await saved(page);
		await page.getByRole('button', { name: 'Bagikan sebagai teks' }).click();
		await expect(page.locator('.pr-message')).toHaveText('Teks telah diteruskan ke menu berbagi.');
		const shared = await page.evaluate(() => (window as unknown as { shared: { text: string; title: string }[] }).shared);
		expect(shared).toHaveLength(1);
		expect(shared[0]!.title).toBe('Kasus SARA: Parkir liar');
		expect(shared[0]!.text).toContain('*Kasus SARA: Parkir liar*');
		expect(shared[0]!.text).toContain('Apa masalahnya?: Jalan tertutup');
	});
});

test.describe('FKPM self-check', () => {
	/** Answers every statement of an area with the scale value `label`. */
	async function answerArea(page: Page, area: string, label: string) {
		for (const stmt of await page.locator(`.fc-stmt[data-area="${area}"]`).all()) await stmt.getByLabel(label, { exact: true }).check();
	}

	test('scores each area in an output, keeps rounds and compares a later one with an earlier one', async ({ page }) => {
		await page.goto('/praktik/cek-fkpm/');
		await ready(page, 'fkpm-check');
		expect(await page.locator('.fc-stmt').count()).toBeGreaterThanOrEqual(12);
		// The wording follows the role.
		const first = page.locator('.fc-stmt').first();
		await expect(first.locator('.fc-w-polri')).toBeVisible();
		await page.getByLabel('Warga / pengurus FKPM').check();
		await expect(first.locator('.fc-w-warga')).toBeVisible();
		await expect(first.locator('.fc-w-polri')).toBeHidden();

		await page.getByLabel('Tanggal pengisian').fill('2026-01-15');
		await answerArea(page, 'kemitraan', 'Kadang-kadang');
		const out = page.locator('output.fc-out[data-area="kemitraan"]');
		await expect(out).toHaveText('33 % (4 dari 4 pernyataan dijawab)');
		await expect(page.locator('output.fc-out[data-area="pemecahan"]')).toHaveText('belum ada jawaban');
		await expect(page.locator('.fc-table tr[data-area="kemitraan"] .fc-col-now')).toHaveText('33 %');
		await expect(page.locator('.fc-chart rect.fc-bar-now')).toHaveCount(1);
		await page.getByRole('button', { name: 'Simpan sebagai ronde' }).click();
		await expect(page.locator('.pr-message')).toContainText('Ronde tanggal 15 Januari 2026 disimpan');
		await expect(out).toHaveText('belum ada jawaban');

		await page.getByLabel('Tanggal pengisian').fill('2026-07-15');
		await answerArea(page, 'kemitraan', 'Sering');
		await answerArea(page, 'pemecahan', 'Selalu');
		await expect(out).toHaveText('67 % (4 dari 4 pernyataan dijawab)');
		await page.getByRole('button', { name: 'Simpan sebagai ronde' }).click();
		await expect(page.locator('.fc-round')).toHaveCount(2);

		await page.reload();
		await ready(page, 'fkpm-check');
		await expect(page.locator('.fc-round')).toHaveCount(2);
		await page.getByLabel('Ronde awal').selectOption({ label: '15 Januari 2026 · Warga / pengurus FKPM' });
		await page.getByLabel('Ronde kemudian').selectOption({ label: '15 Juli 2026 · Warga / pengurus FKPM' });
		const row = page.locator('.fc-table tr[data-area="kemitraan"]');
		await expect(row.locator('.fc-col-earlier')).toHaveText('33 %');
		await expect(row.locator('.fc-col-now')).toHaveText('67 %');
		await expect(row.locator('.fc-col-change')).toHaveText('+34 poin');
		await expect(page.locator('.fc-table caption')).toHaveText('Perbandingan 15 Januari 2026 dan 15 Juli 2026');
		await expect(page.locator('.fc-chart rect.fc-bar-earlier')).toHaveCount(1);
		await expect(page.locator('.fc-chart rect.fc-bar-now')).toHaveCount(2);
		// The comparison table still fits a 360 px screen.
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		const table = await page.locator('.fc-table').boundingBox();
		expect(table!.x + table!.width).toBeLessThanOrEqual(360);

		const file = await exportVia(page, 'Ekspor semua ronde');
		expect(JSON.parse(file.text).rounds).toHaveLength(2);
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await ready(page, 'fkpm-check');
		await page.getByLabel('Impor dari berkas').setInputFiles(file.path);
		await expect(page.locator('.pr-message')).toHaveText('Impor selesai: 2 ronde ditambahkan.');
		await expect(page.locator('.fc-round')).toHaveCount(2);
	});

	test('links every statement to the doctrine item or instrument it rests on', async ({ page, request }) => {
		await page.goto('/praktik/cek-fkpm/');
		const links = await page.locator('.fc-basis a').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
		expect(links.length).toBeGreaterThan(5);
		for (const href of links) {
			const [path, hash] = href.split('#');
			const html = await (await request.get(path!)).text();
			if (hash) expect(html, href).toContain(`id="${hash}"`);
			else expect(html, href).toContain('<h1');
		}
	});

	test('keeps the sound rounds of partly damaged data, says what was set aside, and keeps scoring', async ({ page }) => {
		const good = { id: 'ronde-good0001', date: '2026-03-01', role: 'polri', answers: { 'kerja-sama': 3 }, note: '', savedAt: '2026-03-01T10:00:00.000Z' };
		const bad = { ...good, id: 'ronde-bad00001', answers: { 'kerja-sama': 9 } };
		await page.addInitScript((doc) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('pustaka-polmas.cek-fkpm', doc);
				sessionStorage.setItem('seeded', '1');
			}
		}, JSON.stringify({ app: 'pustaka-polmas-cek-fkpm', v: 1, rounds: [good, bad] }));
		await page.goto('/praktik/cek-fkpm/');
		await ready(page, 'fkpm-check');
		await expect(page.locator('.pr-alert')).toContainText('Sebagian data yang tersimpan rusak dan disisihkan: #2 (2026-03-01) answers.kerja-sama is not a whole number from 0 to 3');
		await expect(page.locator('.fc-round')).toHaveCount(1);
		await page.locator('.fc-stmt[data-id="kerja-sama"]').getByLabel('Sering', { exact: true }).check();
		await expect(page.locator('output.fc-out[data-area="kemitraan"]')).toHaveText('67 % (1 dari 4 pernyataan dijawab)');
		await saved(page);
	});

	test('prints the answers and the scores per area without the site navigation', async ({ page }) => {
		await page.goto('/praktik/cek-fkpm/');
		await ready(page, 'fkpm-check');
		await answerArea(page, 'kemitraan', 'Sering');
		await page.emulateMedia({ media: 'print' });
		const stmt = page.locator('.fc-stmt[data-area="kemitraan"]').first();
		await expect(stmt).toBeVisible();
		await expect(stmt.getByLabel('Sering', { exact: true })).toBeChecked();
		await expect(page.locator('output.fc-out[data-area="kemitraan"]')).toBeVisible();
		await expect(page.locator('output.fc-out[data-area="kemitraan"]')).toHaveText('67 % (4 dari 4 pernyataan dijawab)');
		await expect(page.locator('.fc-table')).toBeVisible();
		for (const chrome of ['header.header', '#starlight__sidebar', '.fc-compare', 'mobile-starlight-toc'])
			await expect(page.locator(chrome).first(), chrome).toBeHidden();
	});

	test('refuses to keep a round without answers, and says why', async ({ page }) => {
		await page.goto('/en/praktik/cek-fkpm/');
		await ready(page, 'fkpm-check');
		await page.getByRole('button', { name: 'Keep as a round' }).click();
		await expect(page.locator('.pr-message')).toHaveText('Answer at least one statement first.');
	});
});

test.describe('Field notes', () => {
	test('keeps a meeting draft across a reload and shares it as text, falling back to the clipboard', async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { copied: string[] }).copied = [];
			Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: async (t: string) => void (window as unknown as { copied: string[] }).copied.push(t) },
				configurable: true,
			});
		});
		await page.goto('/praktik/notulen/');
		await ready(page, 'field-notes');
		await page.getByLabel('Notulen rapat FKPM', { exact: true }).check();
		await expect(page.getByLabel('Agenda')).toBeVisible();
		await expect(page.getByLabel('Yang dikunjungi')).toBeHidden();
		await page.getByLabel('Tanggal').fill('2026-12-01');
		await page.getByLabel('Tempat').fill('Balai RW 03');
		await page.getByLabel('Yang hadir').fill('Pak RW\nKetua FKPM\nBhabinkamtibmas');
		await page.getByLabel('Masalah yang disampaikan').fill('Parkir liar di depan pasar');
		await page.getByLabel('Kesepakatan').fill('Juru parkir ditata bersama pengelola pasar');
		await page.locator('#fn-follow-0-what').fill('Surati pengelola pasar');
		await page.locator('#fn-follow-0-who').fill('Ketua FKPM');
		await page.locator('#fn-follow-0-due').fill('2026-12-08');
		await saved(page);

		await page.reload();
		await ready(page, 'field-notes');
		await expect(page.getByLabel('Notulen rapat FKPM', { exact: true })).toBeChecked();
		await expect(page.getByLabel('Kesepakatan')).toHaveValue('Juru parkir ditata bersama pengelola pasar');
		await expect(page.locator('.pr-entry-name')).toHaveText(['Notulen rapat FKPM, 1 Desember 2026 · Balai RW 03']);

		await page.getByRole('button', { name: 'Bagikan sebagai teks' }).click();
		await expect(page.locator('.pr-message')).toContainText('teks disalin ke papan klip');
		const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
		expect(copied[0]).toBe(
			[
				'*Notulen rapat FKPM*',
				'Tanggal: 1 Desember 2026',
				'Tempat: Balai RW 03',
				'',
				'*Yang hadir*',
				'• Pak RW',
				'• Ketua FKPM',
				'• Bhabinkamtibmas',
				'',
				'*Masalah yang disampaikan*',
				'• Parkir liar di depan pasar',
				'',
				'*Kesepakatan*',
				'• Juru parkir ditata bersama pengelola pasar',
				'',
				'*Tindak lanjut*',
				'1. Surati pengelola pasar — Ketua FKPM, paling lambat 8 Desember 2026',
			].join('\n'),
		);
	});

	test('prints the open note as a report without the site navigation', async ({ page }) => {
		await page.goto('/praktik/notulen/');
		await ready(page, 'field-notes');
		await page.getByLabel('Yang dikunjungi').fill('Keluarga Pak Darto');
		await page.getByLabel('Masalah yang disampaikan').fill('Lampu jalan mati');
		await saved(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.pr-report h2')).toHaveText('Catatan sambang');
		await expect(page.locator('.pr-report')).toContainText('Lampu jalan mati');
		await expect(page.locator('.fn-sheet')).toBeHidden();
		await expect(page.locator('#starlight__sidebar')).toBeHidden();
		await expect(page.locator('header.header')).toBeHidden();
	});

	test('shows the text to copy by hand when neither sharing nor the clipboard works', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
			Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
		});
		await page.goto('/en/praktik/notulen/');
		await ready(page, 'field-notes');
		await page.getByLabel('Who was visited').fill('The Darto family');
		await saved(page);
		await page.getByRole('button', { name: 'Share as text' }).click();
		await expect(page.locator('.pr-message')).toContainText('copy it by hand');
		const box = page.getByLabel('Text to copy');
		await expect(box).toBeVisible();
		await expect(box).toHaveValue(/\*Sambang record\*[\s\S]*Who was visited: The Darto family/);
	});
});

test.describe('without JavaScript', () => {
	for (const path of [...tools, ...tools.map((p) => `/en${p}`)]) {
		test(`${path} is a complete blank form to print`, async ({ browser }) => {
			const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
			const page = await context.newPage();
			try {
				await page.goto(path);
				await expect(page.locator('.pr-nojs')).toBeVisible();
				expect(await page.locator('.pr-sheet :is(input, textarea)').count()).toBeGreaterThanOrEqual(10);
				await expect(page.locator('[data-needs-js]').first()).toBeHidden();
				await page.emulateMedia({ media: 'print' });
				await expect(page.locator('.pr-sheet')).toBeVisible();
				await expect(page.locator('#starlight__sidebar')).toBeHidden();
				await expect(page.locator('.pr-print-blank')).toBeVisible();
			} finally {
				await context.close();
			}
		});
	}
});

test.describe('at 360 px', () => {
	for (const path of ['/praktik/', ...tools, '/konsep/pemecahan-masalah/', '/en/praktik/cek-fkpm/']) {
		test(`${path} fits the screen without sideways scrolling`, async ({ page }) => {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			// Every control is at least 24 px tall (WCAG 2.2 target size), most 44 px.
			const small = await page.locator('main :is(button, input:not([type="checkbox"]):not([type="radio"]), select, textarea)').evaluateAll((els) =>
				els.filter((e) => (e as HTMLElement).offsetParent !== null && e.getBoundingClientRect().height < 24).map((e) => e.outerHTML.slice(0, 80)),
			);
			expect(small).toEqual([]);
		});
	}
});

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });

test('the tools work offline after one visit of the home page, in each language', async ({ page, context }) => {
	test.setTimeout(90_000);
	// The tools' own bundles are not precached: a first visit that stops at one page does
	// not pay for them. They are stored with the core pages, from a visit's second page.
	const toolBundles = parseCoreAssets(JSON.parse(distFile('offline-core.json')));
	expect(toolBundles.some((a) => /SaraWorkbook.*\.js$/.test(a))).toBe(true);
	const precache = distFile('sw.js');
	for (const bundle of toolBundles) expect(precache, bundle).not.toContain(`"${bundle.slice(1)}"`);
	const storedBundles = () => page.evaluate(async (urls) => (await Promise.all(urls.map((u) => caches.match(u)))).filter(Boolean).length, toolBundles);
	for (const home of ['/', '/en/']) {
		await page.goto(home);
		await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), undefined, { timeout: 30_000 });
		await page.reload();
		await expect(page.locator('.pp-offline-status[data-state="ready"]')).toBeVisible({ timeout: 30_000 });
	}
	expect(await storedBundles()).toBe(toolBundles.length);
	await context.setOffline(true);
	for (const path of ['/praktik/', ...tools, '/en/praktik/sara/']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		await expect(page.locator('h1')).toBeVisible();
	}
	await ready(page, 'sara-workbook');
	await page.getByLabel('What is the problem?').fill('Offline entry');
	await saved(page);
	await context.setOffline(false);
});
});

test('the tools pass axe with content in them', async ({ browser }) => {
	test.setTimeout(60_000);
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	try {
		await page.goto('/praktik/sara/');
		await ready(page, 'sara-workbook');
		await page.getByLabel('Apa masalahnya?').fill('Parkir liar');
		await page.locator('details.sara-example summary').click();
		await page.getByRole('button', { name: 'Kasus baru' }).click();
		await page.getByRole('button', { name: 'Hapus kasus ini' }).click();
		await expectNoAxeViolations(page);

		await page.goto('/praktik/cek-fkpm/');
		await ready(page, 'fkpm-check');
		await page.locator('.fc-stmt').first().getByLabel('Sering', { exact: true }).check();
		await page.getByRole('button', { name: 'Simpan sebagai ronde' }).click();
		await page.locator('.fc-stmt').first().getByLabel('Selalu', { exact: true }).check();
		await expectNoAxeViolations(page);

		await page.goto('/praktik/notulen/');
		await ready(page, 'field-notes');
		await page.getByLabel('Tempat').fill('Pos ronda');
		await expectNoAxeViolations(page);
	} finally {
		await context.close();
	}
});

test('every practice tool is a core page, stored after one visit in either language', () => {
	// offline.spec.ts opens every core page offline after one visit of the home page.
	expect(corePagesFor('id')).toEqual(expect.arrayContaining(tools));
	expect(corePagesFor('en')).toEqual(expect.arrayContaining(tools.map((p) => `/en${p}`)));
	expect(practicePages).toEqual(expect.arrayContaining([...tools, ...tools.map((p) => `/en${p}`)]));
});
