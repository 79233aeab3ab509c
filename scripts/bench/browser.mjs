/**
 * Debian's Chromium for the benchmark: phone-sized contexts, a weak link (network and CPU
 * throttling through the DevTools protocol), and Starlight's search driven as a reader
 * would, timed from typing to the first result.
 */
import { chromium } from '@playwright/test';

export async function launch() {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

/** A fresh phone-sized context; `sw` says whether service workers may run. */
export function phone(browser, { sw = false, width = 360, height = 640 } = {}) {
	return browser.newContext({ viewport: { width, height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, serviceWorkers: sw ? 'allow' : 'block' });
}

/** The weak link of the issue: 700 kbit/s, 300 ms round trip, CPU 4× slower. */
export const weakLink = { rttMs: 300, kbps: 700, cpu: 4 };

export async function throttle(page, { rttMs, kbps, cpu }) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: rttMs, downloadThroughput: (kbps * 1024) / 8, uploadThroughput: (kbps * 1024) / 8 });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
	return cdp;
}

/** Pause between clearing the box and typing, so Pagefind UI's debounce starts clean. */
export const SETTLE_MS = 400;

/** Opens Starlight's search, types the query, returns ms from typing to the first result. */
export async function searchOnce(page, query) {
	const button = page.locator('site-search button[data-open-modal]').first();
	if (!(await page.locator('dialog[open]').count())) await button.click();
	const input = page.locator('#starlight__search input').first();
	await input.waitFor({ state: 'visible', timeout: 60_000 });
	await input.fill('');
	await page.waitForTimeout(SETTLE_MS);
	await page.evaluate(() => {
		window.__searchStart = performance.now();
		window.__searchFirst = undefined;
		const root = document.querySelector('#starlight__search');
		const obs = new MutationObserver(() => {
			if (root?.querySelector('.pagefind-ui__result')) {
				window.__searchFirst = performance.now();
				obs.disconnect();
			}
		});
		obs.observe(root ?? document.body, { childList: true, subtree: true });
	});
	await input.fill(query);
	await page.waitForFunction(() => window.__searchFirst !== undefined, undefined, { timeout: 60_000 }).catch(() => {});
	return page.evaluate(() => (window.__searchFirst === undefined ? NaN : window.__searchFirst - window.__searchStart));
}

/** Installs observers for paint and layout-shift entries before any script. */
export const vitalsInit = () => {
	const v = (window.__vitals = { lcp: 0, fcp: 0, cls: 0 });
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) v.lcp = e.renderTime || e.loadTime || e.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') v.fcp = e.startTime;
	}).observe({ type: 'paint', buffered: true });
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) if (!e.hadRecentInput) v.cls += e.value;
	}).observe({ type: 'layout-shift', buffered: true });
};
