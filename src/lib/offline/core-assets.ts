/**
 * The scripts and styles the core pages need, found in the built files: what their HTML
 * names under /_astro/, and, transitively, what those scripts import (static or dynamic:
 * the offline client itself is a dynamic import). The service worker precaches those of the
 * core pages but the practice tools; the tools' own are stored with the core pages
 * (`laterAssets`); other bundles are kept when a page that uses them is opened. Pure: the
 * caller reads files.
 */

/** `/_astro/…` files an HTML page names in src= or href= (`#…` names a symbol of the icon sprite). */
export function assetsOfHtml(html: string): string[] {
	return [...new Set([...html.matchAll(/(?:src|href)="(\/_astro\/[^"?#]+)[#"]/g)].map((m) => m[1]!))];
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

/**
 * Bundles the `later` pages need that the `first` pages do not: what is stored with the
 * core pages rather than precached on install. Sorted.
 */
export function laterAssets(firstPagesHtml: string[], laterPagesHtml: string[], read: (path: string) => string | null): string[] {
	const first = new Set(coreAssets(firstPagesHtml, read));
	return coreAssets([...firstPagesHtml, ...laterPagesHtml], read).filter((a) => !first.has(a));
}
