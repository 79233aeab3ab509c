/**
 * Every built page (the sitemap and both 404 pages) at phone width. Every Indonesian page,
 * and the English twin of one page of each type, is opened in the browser: it loads under
 * its own Content Security Policy with no violation once every script has run, shows the day
 * it was last reviewed, ends with a link to report an error on it, nothing on it scrolls
 * sideways, and axe finds nothing on it. One test per page, so a slow page never eats
 * another's time. The other pages (English twins, print documents: the same components with
 * other words) are read over HTTP, and their policy checked against their inline scripts as
 * the browser would check it.
 *
 * Scanning every English twin too cost about three minutes of a ten-minute CI run on a
 * 2-CPU machine, and opening them about one more. The desktop layout is scanned on one page
 * of each type. Other specs scan only states a page load cannot reach (tests/e2e/axe.ts).
 */
import { createHash } from 'node:crypto';
import { test, expect } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { watchCsp } from './csp-watch';
import { allPagePaths, pickPath } from './site-pages';
import type { APIRequestContext } from '@playwright/test';

/** Each page's HTML as served, fetched once per worker: three checks below read every page. */
const served = new Map<string, string>();
async function servedHtml(request: APIRequestContext, path: string): Promise<string> {
	if (!served.has(path)) served.set(path, await (await request.get(path)).text());
	return served.get(path)!;
}

// Measured on a busy 2-CPU machine: a reading page ≤ 12 s, the largest page 37 s before
// the question bank moved out of the HTML; 90 s leaves a wide margin for both.
test.describe.configure({ timeout: 90_000 });

/** One page of each type, in each language: the English twins axe scans. */
const typeSamples = [
	'/',
	pickPath(['/konsep/apa-itu-polmas/'], /^\/konsep\/.+/),
	pickPath(['/dasar-hukum/perpol-1-2021/'], /^\/dasar-hukum\/.+/),
	'/dasar-hukum/',
	pickPath(['/studi-kasus/malioboro-yogyakarta/'], /^\/studi-kasus\/.+/),
	'/studi-kasus/',
	'/buku-saku/',
	'/glosarium/',
	'/statistik/',
	'/fkpm/',
	'/sumber/',
	'/luring/',
	pickPath(['/kuis/fkpm/'], /^\/kuis\/.+/),
	'/kuis/',
	'/kuis/semua/',
	'/kuis/ulang/',
	pickPath(['/pelatih/modul-1-dasar-hukum-konsep/'], /^\/pelatih\/.+/),
	'/pelatih/kuis-kelas/',
	'/praktik/',
	'/praktik/sara/',
	'/praktik/cek-fkpm/',
	'/praktik/notulen/',
	'/cetak/studi-kasus/',
	'/404.html',
].filter((p): p is string => Boolean(p));
/**
 * Pages opened in the browser: every Indonesian page and the English twins of the samples.
 * A print document under /cetak/ repeats pages scanned on their own, inside the one
 * document component, so only the sample document (/cetak/studi-kasus/) is opened.
 */
const scanned = (path: string) => {
	const twin = path.replace(/^\/en/, '') || '/';
	if (twin.startsWith('/cetak/')) return typeSamples.includes(twin);
	return !path.startsWith('/en/') || typeSamples.includes(twin);
};

/**
 * The whole-guide set is opened with 20 of its questions: axe on all of them took 33 s a
 * page on a busy machine, and added nothing, since every question is scanned on its topic
 * page, rendered by the same function (src/lib/quiz/render.ts) as the whole-bank sets.
 */
const visit = (path: string) => (/^(\/en)?\/kuis\/semua\/$/.test(path) ? `${path}?seed=axe&count=20` : path);

for (const path of allPagePaths().filter(scanned)) {
	test(`${path} loads under its CSP, fits a 360 px phone and has no axe violations`, async ({ page }) => {
		const violations = await watchCsp(page);
		await page.goto(visit(path), { waitUntil: 'load' });
		const policies = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((els) => els.map((el) => el.getAttribute('content') ?? ''));
		expect(policies).toHaveLength(1);
		const scriptSrc = policies[0]!.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc).not.toContain('unsafe-inline');
		// The offline client is the last script to run (after load and an idle moment); once it
		// has marked the page, every script of the page has had its chance to be refused.
		await expect(page.locator('html')).toHaveAttribute('data-offline-client', 'ready', { timeout: 30_000 });
		expect(violations).toEqual([]);
		// Whole-bank quiz pages: scan once the questions are in, not while they arrive.
		const bank = page.locator('quiz-set:not([data-bank=""])');
		if (await bank.count()) await expect(bank).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
		// Every page says when it was last checked against its sources.
		await expect(page.locator('.page-meta time.page-reviewed')).toHaveAttribute('datetime', /^20\d\d-\d\d-\d\d$/);
		// Every page ends with a way to report an error on it, its title and address filled in.
		const report = new URL((await page.locator('.page-meta .page-report a[href^="mailto:"]').getAttribute('href'))!);
		expect(report.pathname).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
		expect(report.searchParams.get('subject')).toMatch(/Pustaka Polmas: \S/);
		if (!path.includes('404')) expect(report.searchParams.get('body')).toContain(`https://pustaka-polmas.example${path}`);
		// Nothing needs sideways scrolling at 360 px: not the page, and not a table or box in it
		// (a scrolling box hides its right edge, which on a phone reads as cut-off text).
		const sideways = await page.evaluate(() => {
			const root = document.documentElement;
			const boxes = [...document.querySelectorAll('main *')].filter(
				(el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible',
			);
			return [
				...(root.scrollWidth > root.clientWidth ? [`the page: ${root.scrollWidth} px in ${root.clientWidth}`] : []),
				...boxes.map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}: ${el.scrollWidth} px in ${el.clientWidth}`),
			];
		});
		expect(sideways, 'content wider than a 360 px phone').toEqual([]);
		await expectNoAxeViolations(page, { label: `${path} (360 px)` });
	});
}

/** The inline scripts the browser runs (not JSON data, not external files), as written. */
const inlineScripts = (html: string) =>
	[...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
		.filter(([, attrs = '']) => !/\ssrc=/.test(attrs) && !/\stype="application\/(ld\+)?json"/.test(attrs))
		.map(([, , body]) => body!);

/**
 * The other pages (English twins, print documents) run the same scripts as the pages opened
 * above, so their policy is checked as the browser would apply it to inline scripts: each
 * one's sha256 hash listed in script-src, nothing unsafe. Opening each of them in the browser
 * cost about a minute of a ten-minute CI run.
 */
test('every page not opened above allows exactly its inline scripts, shows its review day and a report link', async ({ request }) => {
	const others = allPagePaths().filter((p) => !scanned(p));
	expect(others.length).toBeGreaterThan(40);
	for (const path of others) {
		const html = await servedHtml(request, path);
		const policies = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]!.replace(/&#39;|&apos;/g, "'"));
		expect(policies, path).toHaveLength(1);
		const scriptSrc = policies[0]!.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc, path).not.toContain('unsafe-inline');
		const scripts = inlineScripts(html);
		expect(scripts.length, path).toBeGreaterThan(0);
		for (const body of scripts) expect(scriptSrc, `${path}: an inline script is not in its policy`).toContain(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
		expect(html, path).toMatch(/<time class="page-reviewed[^"]*" datetime="20\d\d-\d\d-\d\d"/);
		expect(html, path).toMatch(/class="page-report[^"]*"><a href="mailto:[^"@\s]+@[^"\s?]+\?subject=/);
	}
});

/** One page of each type, for the desktop layout. */
const wide = [
	'/',
	pickPath(['/konsep/apa-itu-polmas/'], /^\/konsep\/.+/),
	pickPath(['/dasar-hukum/perpol-1-2021/'], /^\/dasar-hukum\/.+/),
	pickPath(['/studi-kasus/malioboro-yogyakarta/'], /^\/studi-kasus\/.+/),
	'/buku-saku/',
	'/glosarium/',
	'/statistik/',
	pickPath(['/kuis/fkpm/'], /^\/kuis\/.+/),
	pickPath(['/pelatih/modul-1-dasar-hukum-konsep/'], /^\/pelatih\/.+/),
	'/en/',
	'/404.html',
].filter((p): p is string => Boolean(p));

for (const path of wide) {
	test(`${path} at 1280 px has no axe violations`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(path);
		await expectNoAxeViolations(page, { label: `${path} (1280 px)` });
	});
}

/**
 * The icons Starlight repeats on every page are drawn from one cached sprite
 * (src/lib/build/icon-sprite.ts): each reference must name a symbol the sprite has, and the
 * browser must really draw it (a screenshot of the icon differs from one without it).
 */
test('every icon on every page draws from the sprite, and the sprite really draws', async ({ page, request }) => {
	const sprites = new Map<string, string>();
	let refs = 0;
	for (const path of allPagePaths()) {
		const html = await servedHtml(request, path);
		for (const m of html.matchAll(/<use href="([^"#]+)#([\w-]+)"/g)) {
			const [, file, id] = m;
			if (!sprites.has(file!)) {
				const res = await request.get(file!);
				expect(res.status(), file).toBe(200);
				expect(res.headers()['content-type'], file).toContain('image/svg+xml');
				sprites.set(file!, await res.text());
			}
			expect(sprites.get(file!), `${path}: ${file}#${id}`).toContain(`<symbol id="${id}"`);
			refs++;
		}
	}
	expect(sprites.size).toBe(1);
	expect(refs).toBeGreaterThan(allPagePaths().length * 5);

	await page.goto('/konsep/');
	const icon = page.locator('button[data-open-modal] svg');
	await expect(icon.locator('use')).toHaveCount(1);
	// Until the sprite has arrived the icon is blank, like the icon without its <use>.
	await expect(async () => {
		const drawn = await icon.screenshot();
		await icon.evaluate((svg) => {
			svg.setAttribute('data-use', svg.innerHTML);
			svg.replaceChildren();
		});
		const blank = await icon.screenshot();
		await icon.evaluate((svg) => (svg.innerHTML = svg.getAttribute('data-use')!));
		expect(Buffer.compare(drawn, blank)).not.toBe(0);
	}).toPass({ timeout: 30_000 });
});

/**
 * With no link icon after headings, "On this page" is how a reader reaches or shares a
 * section, so every section heading of a reading page must be in it (case pages draw their
 * sections from data, which Starlight's contents list did not see). Tools, quizzes and the
 * trainer's class pages are left out: their headings label parts of a form.
 */
test('every section heading of a reading page is in its "On this page" list', async ({ request }) => {
	const reading = allPagePaths().filter((p) => !/^\/(en\/)?(praktik|kuis|pelatih\/(hasil|kuis-kelas)|luring)\//.test(p));
	let checked = 0;
	for (const path of reading) {
		const html = await servedHtml(request, path);
		const toc = /<starlight-toc[\s\S]*?<\/starlight-toc>/.exec(html)?.[0];
		if (!toc) continue;
		const listed = new Set([...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]));
		const main = /<main[\s\S]*<\/main>/.exec(html)![0];
		const sections = [...main.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]!).filter((id) => id !== 'sumber-halaman');
		for (const id of sections) expect(listed.has(id), `${path}#${id}`).toBe(true);
		checked += sections.length;
	}
	expect(checked).toBeGreaterThan(200);
});
