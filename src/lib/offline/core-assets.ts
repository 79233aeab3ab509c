/**
 * The scripts and styles the core pages need, found in the built files: what their HTML
 * names under /_astro/, and, transitively, what those scripts import (static or dynamic:
 * the offline client itself is a dynamic import). The service worker precaches only these;
 * other bundles are kept when a page that uses them is opened. Pure: the caller reads files.
 */

/** `/_astro/…` files an HTML page names in src= or href=. */
export function assetsOfHtml(html: string): string[] {
	return [...new Set([...html.matchAll(/(?:src|href)="(\/_astro\/[^"?#]+)"/g)].map((m) => m[1]!))];
}

/** Sibling bundles a built script refers to (`"./x.js"`, `` `./x.js` ``, `'./x.css'`), as `/_astro/…` paths. */
export function importsOfScript(code: string, fromPath: string): string[] {
	const dir = fromPath.slice(0, fromPath.lastIndexOf('/') + 1);
	const out = new Set<string>();
	for (const m of code.matchAll(/["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g)) out.add(dir + m[1]);
	for (const m of code.matchAll(/["'`](\/_astro\/[\w./-]+\.(?:js|css))["'`]/g)) out.add(m[1]!);
	return [...out];
}

/** Every asset reachable from the given pages, sorted; `read` returns a file's text by site path. */
export function coreAssets(pagesHtml: string[], read: (path: string) => string | null): string[] {
	const seen = new Set<string>();
	const queue = pagesHtml.flatMap(assetsOfHtml);
	while (queue.length) {
		const path = queue.pop()!;
		if (seen.has(path)) continue;
		const text = read(path);
		if (text === null) continue;
		seen.add(path);
		if (path.endsWith('.js')) queue.push(...importsOfScript(text, path));
	}
	return [...seen].sort();
}
