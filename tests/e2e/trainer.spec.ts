/**
 * The trainer's kit on the built site: the class-quiz builder (share link gives the same
 * set, printable question sheet without answers, separate answer key with them, checked by
 * printing to PDF in Chromium), hostile URLs on the builder, and axe on every trainer page.
 */
import { expectNoAxeViolations } from './axe';
import { test, expect } from './fixtures';
import { pdfText } from './pdf-text';
import { answerKeys, shownIds } from './quiz-helpers';

const squash = (s: string) => s.replace(/\s+/g, '');

test('the builder makes a set from chosen topics and a count, with a share link that gives the same set', async ({ page, browser }) => {
	await page.goto('/pelatih/kuis-kelas/');
	await expect(page.locator('.quiz-q:not([hidden])')).toHaveCount(0);
	await page.getByRole('checkbox', { name: 'Fungsi Polmas', exact: true }).check();
	await page.getByRole('checkbox', { name: 'Strategi Polmas', exact: true }).check();
	await page.getByLabel('Jumlah soal').fill('5');
	await page.getByRole('button', { name: 'Buat set soal' }).click();
	await expect(page).toHaveURL(/\?seed=[a-z0-9]{6}&topic=fungsi%2Cstrategi&count=5$/);
	const ids = await shownIds(page);
	expect(ids).toHaveLength(5);
	expect(ids.every((id) => /^(fungsi|strategi)\//.test(id))).toBe(true);
	await expect(page.getByRole('checkbox', { name: 'Fungsi Polmas', exact: true })).toBeChecked();

	const share = await page.getByRole('link', { name: 'Tautan untuk peserta' }).getAttribute('href');
	expect(new URL(share!).pathname).toBe('/kuis/semua/');
	const ctx = await browser.newContext();
	const other = await ctx.newPage();
	await other.goto(share!);
	expect(await shownIds(other)).toEqual(ids);
	await ctx.close();
});

test('the question sheet prints without answers and the answer key prints with them', async ({ page }) => {
	await page.goto('/pelatih/kuis-kelas/?seed=cetak1&topic=fungsi,sasaran&count=4');
	const sheetHref = await page.getByRole('link', { name: 'Lembar soal untuk dicetak' }).getAttribute('href');
	const keyHref = await page.getByRole('link', { name: 'Kunci jawaban untuk dicetak' }).getAttribute('href');

	await page.goto(`/pelatih/kuis-kelas/${sheetHref}`);
	const ids = await shownIds(page);
	expect(ids).toHaveLength(4);
	const first = page.locator(`.quiz-q[data-id="${ids[0]}"]`);
	const stem = (await first.locator('legend').textContent())!;
	const explanation = (await first.locator('.quiz-answer-body p').nth(1).textContent())!;
	await expect(page.locator('.quiz-builder')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Cetak' })).toBeVisible();
	const sheet = squash(pdfText(await page.pdf({ format: 'A4' })));
	expect(sheet).toContain(squash('Lembar soal · Kode set cetak1'));
	expect(sheet).toContain(squash(stem));
	expect(sheet).toContain('Nama:');
	expect(sheet).not.toContain('Jawaban:');
	expect(sheet).not.toContain(squash(explanation));
	expect(sheet).not.toContain('Buatsetsoal');

	await page.goto(`/pelatih/kuis-kelas/${keyHref}`);
	expect(await shownIds(page)).toEqual(ids);
	const key = squash(pdfText(await page.pdf({ format: 'A4' })));
	expect(key).toContain(squash('Kunci jawaban · Kode set cetak1'));
	expect(key).toContain(squash(stem));
	expect(key.match(/Jawaban:/g)).toHaveLength(4);
	expect(key).toContain(squash(explanation));
});

test('the English builder labels its sheets in English', async ({ page }) => {
	await page.goto('/en/pelatih/kuis-kelas/?seed=en1&count=2');
	const share = await page.getByRole('link', { name: 'Link for participants' }).getAttribute('href');
	expect(new URL(share!).pathname).toBe('/en/kuis/semua/');
	await page.getByRole('link', { name: 'Printable answer key' }).click();
	await expect(page.locator('.quiz-sheet-title')).toHaveText('Answer key · Set code en1');
	await expect(page.locator('.quiz-answer[open]').first()).toContainText('Answer:');
	await page.getByRole('link', { name: 'Back to the quiz builder' }).click();
	await expect(page).toHaveURL(/\/en\/pelatih\/kuis-kelas\/\?seed=en1&count=2$/);
});

test('a crafted builder URL is ignored, never run or injected', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.goto('/pelatih/kuis-kelas/?seed="><svg onload=alert(1)>&topic=<script>alert(2)</script>&lembar=<img src=x onerror=alert(3)>');
	await expect(page.locator('.quiz-notice')).toContainText('tidak dikenali');
	expect(await page.locator('svg[onload], img[src="x"]').count()).toBe(0);
	// Nothing valid was asked for, so the builder waits for the form instead of showing a set.
	await expect(page.locator('#quiz-seed')).toHaveValue('');
	await expect(page.locator('.quiz-q:not([hidden])')).toHaveCount(0);
	expect(await page.content()).not.toContain('<svg onload');
	expect(dialogs).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the builder says what it cannot do and leads to the topic pages, whose questions and answers print', async ({ page }) => {
		await page.goto('/pelatih/kuis-kelas/');
		await expect(page.locator('.quiz-nojs')).toContainText('Tanpa JavaScript penyusun tidak dapat memilih');
		await page.locator('.quiz-nojs').getByRole('link', { name: 'Pilih topik kuis' }).click();
		await expect(page).toHaveURL(/\/kuis\/$/);
	});
});

test.describe('axe, in states a page load does not reach', () => {
	// The builder's set, sheet and key exist only with a query, so the sitemap scan misses them.
	const pages = [
		'/pelatih/kuis-kelas/?seed=axe&count=3',
		'/pelatih/kuis-kelas/?seed=axe&count=3&lembar=soal',
		'/en/pelatih/kuis-kelas/?seed=axe&count=3&lembar=kunci',
	];
	for (const path of pages) {
		test(`${path} has no violations`, async ({ browser }) => {
			const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
			const page = await ctx.newPage();
			await page.goto(path);
			await expectNoAxeViolations(page);
			await ctx.close();
		});
	}
});

for (const prefix of ['', '/en']) {
	test(`${prefix || '/id'} module 3 draws each case's discussion questions from the case data`, async ({ page }) => {
		await page.goto(`${prefix}/pelatih/modul-3-studi-kasus/`);
		const groups = page.locator('.case-discussion section');
		await expect(groups).toHaveCount(5);
		for (const group of await groups.all()) {
			expect(await group.locator('li').count()).toBeGreaterThanOrEqual(3);
			await expect(group.locator('h3 a')).toHaveAttribute('href', new RegExp(`^${prefix}/studi-kasus/[a-z-]+/$`));
		}
	});
}

test('printed sheets letter the options, and the key gives the right letters in the same order', async ({ page }) => {
	await page.goto('/pelatih/kuis-kelas/?seed=huruf&count=6&lembar=soal');
	const keys = await answerKeys(page);
	const ids = await shownIds(page);
	const choice = ids.find((id) => keys[id]!.type === 'pilihan-tunggal' || keys[id]!.type === 'pilihan-ganda')!;
	const options = page.locator(`.quiz-q[data-id="${choice}"] .quiz-opts li`);
	const texts = await options.locator('label > span').allTextContents();
	expect(texts.map((t) => t.slice(0, 3))).toEqual(texts.map((_, i) => `${String.fromCharCode(65 + i)}. `));
	const values = await options.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.value!));
	const key = keys[choice] as { answer: string | string[] };
	const rightLetters = values.flatMap((v, i) => ([key.answer].flat().includes(v) ? [String.fromCharCode(65 + i)] : []));
	await page.goto('/pelatih/kuis-kelas/?seed=huruf&count=6&lembar=kunci');
	const line = await page.locator(`.quiz-q[data-id="${choice}"] .quiz-key`).textContent();
	expect([...line!.matchAll(/(?:^|; |: )([A-Z])\. /g)].map((m) => m[1])).toEqual(rightLetters);
});

test('asking for more questions than a topic has says how many the set holds', async ({ page }) => {
	await page.goto('/pelatih/kuis-kelas/?seed=banyak&topic=sasaran&count=50');
	const n = (await shownIds(page)).length;
	expect(n).toBeLessThan(50);
	await expect(page.locator('.quiz-notice')).toContainText(`Diminta 50 soal, tetapi pilihan topik ini hanya punya ${n} soal`);
});
