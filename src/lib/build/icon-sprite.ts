/**
 * One cached file for the icons every page repeats. Starlight writes each icon's whole path
 * inline wherever it is drawn (theme picker, search, menu, sidebar carets, heading anchors,
 * prev/next arrows): about 1 kB gzip of every reading page, the same bytes on every page.
 * The post-build step (src/integrations/postbuild.ts) moves each icon that several pages
 * draw into one sprite under /_astro/, named by its content hash so it can be cached for
 * good, and leaves `<svg …><use href="…#i3"/></svg>` in its place. The browser fetches the
 * sprite once; the service worker precaches it, so icons show offline too.
 *
 * Only an `<svg>` made of nothing but `<path>` elements, with a viewBox and no id, is
 * moved: the outer element keeps its attributes (size, aria-hidden, fill="currentColor",
 * classes), so styling and accessibility are unchanged. Charts, the map and anything with
 * a title or text stay inline.
 *
 * No imports from other modules, so Node can run this file directly (type stripping).
 */
import { createHash } from 'node:crypto';

/** An icon drawn on at least this many pages goes into the sprite. */
export const MIN_PAGES = 2;

/** An inline icon: the outer tag's attributes, then one or more self-closed paths. */
const ICON = /<svg\b([^>]*)>((?:<path\b[^<>]*\/>)+)<\/svg>/g;

export interface SpriteIcon {
	/** The symbol's id in the sprite (`i0`, `i1`, …, in sorted order of their markup). */
	id: string;
	/** The viewBox of the inline `<svg>` it replaces. */
	viewBox: string;
	/** The inline paths, exactly as the pages had them. */
	paths: string;
}

export interface IconSprite {
	/** The sprite's path in dist/, e.g. `_astro/icons.1a2b3c4d.svg`. */
	file: string;
	/** The URL pages reference it by, e.g. `/_astro/icons.1a2b3c4d.svg`. */
	href: string;
	/** The sprite file's text. */
	body: string;
	/** The icons it holds, by `viewBox + paths`. */
	icons: Map<string, SpriteIcon>;
}

const keyOf = (viewBox: string, paths: string) => `${viewBox}\n${paths}`;

/** The viewBox of an `<svg>` tag's attribute text, or null when it has none or has an id. */
function viewBoxOf(attrs: string): string | null {
	if (/\sid=/.test(attrs)) return null;
	return /\sviewBox="([^"]+)"/.exec(attrs)?.[1] ?? null;
}

/** The icons drawn on at least `minPages` of the pages, as one sprite (null when none are). */
export function buildSprite(pages: readonly string[], minPages = MIN_PAGES): IconSprite | null {
	const seenOn = new Map<string, number>();
	for (const html of pages) {
		const here = new Set<string>();
		for (const m of html.matchAll(ICON)) {
			const viewBox = viewBoxOf(m[1]!);
			if (viewBox) here.add(keyOf(viewBox, m[2]!));
		}
		for (const key of here) seenOn.set(key, (seenOn.get(key) ?? 0) + 1);
	}
	const keys = [...seenOn].filter(([, n]) => n >= minPages).map(([key]) => key).sort();
	if (keys.length === 0) return null;
	const icons = new Map<string, SpriteIcon>();
	keys.forEach((key, i) => {
		const [viewBox, paths] = key.split('\n') as [string, string];
		icons.set(key, { id: `i${i}`, viewBox, paths });
	});
	const symbols = [...icons.values()].map((s) => `<symbol id="${s.id}" viewBox="${s.viewBox}">${s.paths}</symbol>`);
	const body = `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>\n`;
	const hash = createHash('sha256').update(body).digest('hex').slice(0, 8);
	const file = `_astro/icons.${hash}.svg`;
	return { file, href: `/${file}`, body, icons };
}

/** The page with each of the sprite's icons drawn by reference instead of inline. */
export function useSprite(html: string, sprite: IconSprite): string {
	return html.replace(ICON, (whole, attrs: string, paths: string) => {
		const viewBox = viewBoxOf(attrs);
		const icon = viewBox ? sprite.icons.get(keyOf(viewBox, paths)) : undefined;
		return icon ? `<svg${attrs}><use href="${sprite.href}#${icon.id}"/></svg>` : whole;
	});
}
