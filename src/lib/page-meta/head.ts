/**
 * Which of Starlight's default `<head>` entries a page keeps. Every byte of the head is
 * repeated on every page a reader on a data quota opens, so entries nobody reads go:
 * the two `generator` tags (Astro's and Starlight's version, for no reader) and
 * `twitter:card`, which asks for a large image this site does not have (link previews, as
 * in WhatsApp, read the `og:` tags, which stay).
 */

/** A head entry as Starlight's route data holds it. */
export interface HeadEntry {
	tag: string;
	attrs?: Record<string, string | boolean | undefined>;
}

/** True unless the entry is one of the dropped `<meta>` tags. */
export function keepHeadEntry(entry: HeadEntry): boolean {
	if (entry.tag !== 'meta') return true;
	const name = entry.attrs?.name;
	return name !== 'generator' && name !== 'twitter:card';
}
