/**
 * Route handlers of the service worker for what the precache does not hold. Workbox's
 * generateSW copies each function's source into dist/sw.js, so each must stand alone: no
 * imports, no outer variables (cache names are written out), only service-worker globals.
 * tests/unit/sw-handlers.test.ts runs them against fake caches and fetch.
 *
 * Caches: `pustaka-polmas-halaman` (pages the reader opened), `pustaka-polmas-aset`
 * (hashed assets, search index chunks and question banks fetched on the way), and
 * `pustaka-polmas-unduhan` (the whole-site download, written by the page itself,
 * src/user-components/offline/download-element.ts). `caches.match` looks in all of them.
 */

/**
 * Pages, and files whose name does not change with their content (Pagefind's wasm, images):
 * from the network, kept for offline use. With a stored copy and a weak signal, the copy
 * is used after 4 s while the network copy still refreshes the store. A page offline and
 * never stored: the offline page, which says so and offers the download.
 */
export async function pageHandler({ request }: { request: Request }): Promise<Response> {
	const url = new URL(request.url);
	const key = url.origin + url.pathname;
	const stored = await caches.match(key, { ignoreSearch: true });
	const network = fetch(request).then(async (response) => {
		if (response.ok && response.type === 'basic') {
			const cache = await caches.open('pustaka-polmas-halaman');
			await cache.put(key, response.clone());
		}
		return response;
	});
	if (stored) {
		const slow = new Promise<Response>((resolve) => setTimeout(() => resolve(stored), 4000));
		return Promise.race([network.catch(() => stored), slow]);
	}
	try {
		return await network;
	} catch (error) {
		if (request.mode !== 'navigate') throw error;
		const fallback = url.pathname.startsWith('/en/') ? '/en/luring/' : '/luring/';
		return (await caches.match(url.origin + fallback, { ignoreSearch: true })) ?? Response.error();
	}
}

/**
 * Assets whose name changes with their content (Astro's bundles, Pagefind's chunks, the
 * question banks): a stored copy is always right, so the network is asked only once.
 */
export async function assetHandler({ request }: { request: Request }): Promise<Response> {
	const stored = await caches.match(request, { ignoreSearch: true });
	if (stored) return stored;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') {
		const cache = await caches.open('pustaka-polmas-aset');
		await cache.put(request, response.clone());
	}
	return response;
}

/** Which requests go to assetHandler: same-origin files whose name carries a content hash. */
export function isHashedAsset({ url, request }: { url: URL; request: Request }): boolean {
	return (
		request.method === 'GET' &&
		url.origin === self.location.origin &&
		/^\/_astro\/|^\/data\/.+\.[0-9a-f]{8,}\.json$|^\/pagefind\/(index|fragment|filter)\/|^\/pagefind\/.+\.pf_meta$/.test(url.pathname)
	);
}

/** Which requests go to pageHandler: every other same-origin GET (pages, wasm, images). */
export function isOtherSameOrigin({ url, request }: { url: URL; request: Request }): boolean {
	return request.method === 'GET' && url.origin === self.location.origin && url.pathname !== '/sw.js';
}
