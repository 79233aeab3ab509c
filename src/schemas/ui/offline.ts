/** UI strings: reading offline, the whole-site download control (src/user-components/offline/). `{name}` placeholders are filled by fill() in src/lib/i18n.ts. */
import { z } from 'astro/zod';

export const offlineStrings = z.object({
	/** Heading of the download control. */
	'offline.heading': z.string(),
	/** What is stored without asking, and what the download adds. */
	'offline.intro': z.string(),
	/** Label before the download size. */
	'offline.size': z.string(),
	/** Button that starts the whole-site download. */
	'offline.start': z.string(),
	/** Button that continues a stopped download. */
	'offline.resume': z.string(),
	/** Button that refreshes a download of an older version. */
	'offline.update': z.string(),
	/** Button that stops the download. */
	'offline.cancel': z.string(),
	/** Button that deletes the download. */
	'offline.remove': z.string(),
	/** Progress line; {files}, {total}, {done} and {size} are filled in. */
	'offline.progress': z.string(),
	/** The download is complete; {date} is filled in. */
	'offline.done': z.string(),
	/** The stored download is of an older version of the site. */
	'offline.stale': z.string(),
	/** The reader stopped the download. */
	'offline.cancelled': z.string(),
	/** The connection dropped during the download. */
	'offline.offline': z.string(),
	/** The device storage filled up during the download. */
	'offline.full': z.string(),
	/** A file could not be fetched; {url} is filled in. */
	'offline.failed': z.string(),
	/** The download was deleted. */
	'offline.removed': z.string(),
	/** The browser asks to save data. */
	'offline.saveData': z.string(),
	/** The browser cannot store files for offline use. */
	'offline.unsupported': z.string(),
	/** The control without JavaScript. */
	'offline.noJs': z.string(),
	/** Shown when the offline page stands in for a page that is not stored. */
	'offline.notStored': z.string(),
});
