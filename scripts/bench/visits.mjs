/**
 * A reader's first visit, counted at the server (nginx's access log): every byte the page,
 * its scripts, the service worker and everything it stores cost in the first 15 s; and the
 * weak-link search: type a query right after 5 s of reading, first visit, and again once
 * the site is stored. Median of `runs`.
 */
import { median } from '../../src/lib/bench/math.ts';
import { phone, searchOnce, SETTLE_MS, throttle, weakLink } from './browser.mjs';

/** Bytes a first visit of `path` costs in its first 15 s, at the server. */
export async function firstVisit(browser, site, path, { sw = true } = {}) {
	const ctx = await phone(browser, { sw });
	const page = await ctx.newPage();
	await site.resetLog();
	await page.goto(site.base + path, { waitUntil: 'load', timeout: 120_000 });
	// The measure's window, not a wait for a state: whatever the site does in 15 s counts.
	await page.waitForTimeout(15_000);
	const sent = await site.bytesSent(15_000);
	await ctx.close();
	return { path, bytes15s: sent.window, requests: sent.requests };
}

/** The weak-link search of the issue: first visit, 5 s of reading, then the query. */
export async function weakSearch(browser, site, query, runs) {
	const cold = [];
	for (let i = 0; i < runs; i++) {
		const ctx = await phone(browser, { sw: true });
		const page = await ctx.newPage();
		await throttle(page, weakLink);
		await site.resetLog();
		await page.goto(site.base + '/', { waitUntil: 'load', timeout: 120_000 });
		await page.waitForTimeout(5000);
		const ms = await searchOnce(page, query);
		const sent = await site.bytesSent();
		cold.push({ ms, bytesByThen: sent.all });
		await ctx.close();
	}
	return { query, afterReadingMs: 5000, ms: median(cold.map((r) => r.ms)), runs: cold };
}

/** Search once the site is stored: a second page of a visit, same weak link. */
export async function cachedSearch(browser, site, query, runs) {
	const ctx = await phone(browser, { sw: true });
	const warm = await ctx.newPage();
	await warm.goto(site.base + '/', { waitUntil: 'load' });
	await warm.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), undefined, { timeout: 60_000 }).catch(() => {});
	// A first search stores the index chunks it needs; later searches read them from the device.
	await searchOnce(warm, query);
	await warm.close();
	const times = [];
	for (let i = 0; i < runs; i++) {
		const page = await ctx.newPage();
		await throttle(page, weakLink);
		await page.goto(site.base + '/', { waitUntil: 'load', timeout: 120_000 });
		await page.waitForTimeout(SETTLE_MS);
		times.push(await searchOnce(page, query));
		await page.close();
	}
	await ctx.close();
	return { query, ms: median(times), runs: times };
}
