// The service worker's own handlers, run against fake caches and fetch: pages kept as
// they are visited and served offline, the offline page for a page never stored, and
// hashed assets fetched once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assetHandler, isHashedAsset, isOtherSameOrigin, pageHandler } from '../../src/lib/offline/sw-handlers';

const ORIGIN = 'http://site.test';
let stores: Map<string, Map<string, Response>>;
let network: (url: string) => Promise<Response>;

function install() {
	stores = new Map();
	const open = async (name: string) => {
		if (!stores.has(name)) stores.set(name, new Map());
		const m = stores.get(name)!;
		return { put: async (req: RequestInfo, res: Response) => void m.set(typeof req === 'string' ? req : req.url, res) };
	};
	const match = async (req: RequestInfo, opts?: { ignoreSearch?: boolean }) => {
		let url = typeof req === 'string' ? req : req.url;
		if (opts?.ignoreSearch) url = url.split('?')[0]!;
		for (const m of stores.values()) {
			const hit = m.get(url);
			if (hit) return hit.clone();
		}
		return undefined;
	};
	vi.stubGlobal('caches', { open, match });
	// Same-origin responses in a browser have type "basic"; Node's have "default".
	vi.stubGlobal('fetch', async (req: RequestInfo) => {
		const res = await network(typeof req === 'string' ? req : req.url);
		Object.defineProperty(res, 'type', { value: 'basic' });
		return res;
	});
	vi.stubGlobal('self', { location: { origin: ORIGIN } });
}
const nav = (path: string) => ({ url: new URL(ORIGIN + path), mode: 'navigate', method: 'GET' }) as unknown as Request;

beforeEach(install);
afterEach(() => vi.unstubAllGlobals());

describe('service worker handlers', () => {
	it('keeps a visited page and serves it offline, whatever its query', async () => {
		network = async () => new Response('<h1>FKPM</h1>', { status: 200 });
		const page = { request: new Request(`${ORIGIN}/konsep/fkpm-bkpm/?seed=x`, { mode: 'same-origin' }) };
		Object.defineProperty(page.request, 'mode', { value: 'navigate' });
		expect(await (await pageHandler(page)).text()).toBe('<h1>FKPM</h1>');
		network = async () => Promise.reject(new TypeError('offline'));
		expect(await (await pageHandler(page)).text()).toBe('<h1>FKPM</h1>');
	});

	it('offline and never stored: shows the offline page of the page\'s language', async () => {
		stores.set('halaman', new Map([[`${ORIGIN}/en/luring/`, new Response('offline page')]]));
		network = async () => Promise.reject(new TypeError('offline'));
		const request = new Request(`${ORIGIN}/en/konsep/`);
		Object.defineProperty(request, 'mode', { value: 'navigate' });
		expect(await (await pageHandler({ request })).text()).toBe('offline page');
	});

	it('does not keep an error page', async () => {
		network = async () => new Response('missing', { status: 404 });
		const request = new Request(`${ORIGIN}/nope/`);
		expect((await pageHandler({ request })).status).toBe(404);
		expect(stores.get('pustaka-polmas-halaman')?.size ?? 0).toBe(0);
	});

	it('fetches a hashed asset once, then serves it from the device', async () => {
		let calls = 0;
		network = async () => (calls++, new Response('js'));
		const request = new Request(`${ORIGIN}/_astro/page.abc12345.js`);
		await assetHandler({ request });
		expect(await (await assetHandler({ request })).text()).toBe('js');
		expect(calls).toBe(1);
	});

	it('sends hashed files to the asset handler and other same-origin files to the page handler', () => {
		const get = (path: string, origin = ORIGIN) => ({ url: new URL(origin + path), request: nav(path) });
		expect(isHashedAsset(get('/_astro/x.abc.js'))).toBe(true);
		expect(isHashedAsset(get('/pagefind/index/id_1234567.pf_index'))).toBe(true);
		expect(isHashedAsset(get('/data/soal-id.d2b790a898.json'))).toBe(true);
		expect(isHashedAsset(get('/pagefind/wasm.id.pagefind'))).toBe(false);
		expect(isOtherSameOrigin(get('/pagefind/wasm.id.pagefind'))).toBe(true);
		expect(isOtherSameOrigin(get('/sw.js'))).toBe(false);
		expect(isOtherSameOrigin(get('/x/', 'http://other.test'))).toBe(false);
	});
});
