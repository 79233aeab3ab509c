/**
 * Starlight's Search writes an inline script into every page that shows the "Ctrl K" hint
 * on wide screens (⌘ K on Apple devices). Inline, with its CSP hash, it costs about 0.24 kB
 * gzip of every page; the Search override's module (src/components/Search.astro), cached
 * once, does the same job. The post-build step removes the inline copy. It is matched by its
 * text: if a Starlight upgrade changes the script it stays in place, and the hint is shown
 * as before (the browser tests check the hint either way).
 *
 * No imports from other modules, so Node can run this file directly (type stripping).
 */

/** Starlight 0.42's inline shortcut script, whitespace-insensitive. */
const SHORTCUT_SCRIPT = /<script>\s*\(\(\) => \{\s*const openBtn = document\.querySelector\('button\[data-open-modal\]'\);\s*const shortcut = openBtn\?\.querySelector\('kbd'\);[\s\S]*?shortcut\.style\.display = '';\s*\}\)\(\);\s*<\/script>/;

/** The page without Starlight's inline search-shortcut script. */
export function withoutShortcutScript(html: string): string {
	return html.replace(SHORTCUT_SCRIPT, '');
}
