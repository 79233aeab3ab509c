/**
 * What a first view of each page loads, gzip -6 (as nginx sends it): the page's HTML; its
 * <script src> files with their static imports, plus inline scripts; its non-print
 * stylesheets, plus inline <style>. Grouped by page type (the type label each page shows).
 */
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gz, listFiles } from './common.mjs';

/** Static imports of a built JS module (what the browser fetches before running it). */
function staticImports(code, fromUrl) {
	const out = [];
	for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g))
		out.push(posix.normalize(posix.join(posix.dirname(fromUrl), m[1])));
	return out;
}

async function typeLabels() {
	const byLabel = new Map();
	for (const lang of ['id', 'en']) {
		const strings = JSON.parse(await readFile(`content/i18n/${lang}.json`, 'utf8'));
		for (const [k, v] of Object.entries(strings)) if (k.startsWith('pageType.')) byLabel.set(v, k.slice('pageType.'.length));
	}
	return byLabel;
}

async function pageWeight(dist, path, labels) {
	const html = await readFile(join(dist, path, 'index.html'));
	const text = html.toString('utf8');
	const js = new Map();
	const queue = [...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
	while (queue.length) {
		const url = queue.shift();
		if (js.has(url) || !url.startsWith('/')) continue;
		const buf = await readFile(join(dist, url)).catch(() => null);
		if (!buf) continue;
		js.set(url, buf);
		queue.push(...staticImports(buf.toString('utf8'), url));
	}
	const inlineJs = [...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
	const cssUrls = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"(?![^>]*media="print")/g)].map((m) => m[1]);
	const css = await Promise.all(cssUrls.map((u) => readFile(join(dist, u))));
	const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
	const label = /data-pagefind-filter="[^"]+"[^>]*>([^<]+)</.exec(text)?.[1]?.trim();
	const type = path === '/' || path === '/en/' ? 'home' : (labels.get(label) ?? 'other');
	return {
		path,
		type,
		html: gz(html),
		js: gz(Buffer.from([...js.values()].map((b) => b.toString('utf8')).join('\n') + inlineJs)),
		css: gz(Buffer.from(css.map((b) => b.toString('utf8')).join('\n') + inlineCss)),
	};
}

/** Every page of a built site with its weight. */
export async function pageWeights(dist) {
	const labels = await typeLabels();
	const pages = (await listFiles(dist)).filter((f) => f.endsWith('index.html') && !/(^|\/)404\//.test(f)).map((f) => `/${f.replace(/index\.html$/, '')}`);
	return Promise.all(pages.map((p) => pageWeight(dist, p, labels)));
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};

/** Reading pages: every page that is not the home page, a quiz, a trainer page or a practice tool. */
const reading = (w) => !['home', 'kuis', 'pelatih', 'praktik'].includes(w.type);

/** Summary of a site's weights: medians of its reading pages, the largest page, per type. */
export function summarize(weights) {
	const read = weights.filter(reading);
	const largest = weights.reduce((a, b) => (b.html > a.html ? b : a));
	const byType = {};
	for (const w of weights) (byType[w.type] ??= []).push(w);
	return {
		pages: weights.length,
		reading: { pages: read.length, html: median(read.map((w) => w.html)), js: median(read.map((w) => w.js)), css: median(read.map((w) => w.css)), over7kB: read.filter((w) => w.html > 7 * 1024).map((w) => w.path) },
		largest: { path: largest.path, html: largest.html },
		byType: Object.fromEntries(
			Object.entries(byType)
				.sort()
				.map(([type, list]) => [type, { pages: list.length, maxHtml: Math.max(...list.map((w) => w.html)), largest: list.reduce((a, b) => (b.html > a.html ? b : a)).path }]),
		),
	};
}
