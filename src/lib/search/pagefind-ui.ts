/**
 * Stands in for `@pagefind/default-ui` (a Vite alias in astro.config.mjs), so Starlight's
 * own search modal builds its Pagefind UI through this class. It passes every option
 * through and runs src/lib/search/sub-results.ts after Starlight's processResult: the
 * `#_top` sub-result that repeated each page under itself becomes the page's own excerpt,
 * and the ranking-only `alias` meta field is not shown.
 */
// @ts-expect-error: the package ships no types (Starlight's Search.astro says the same).
import { PagefindUI as Base } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { prepareResult, type ResultLike } from './sub-results';

interface Options {
	processResult?: (result: ResultLike) => ResultLike | void;
	[option: string]: unknown;
}

export class PagefindUI extends Base {
	constructor(options: Options) {
		const given = options.processResult;
		super({ ...options, processResult: (result: ResultLike) => prepareResult(given?.(result) ?? result) });
	}
}
