/**
 * End-to-end tests drive Debian's Chromium (/usr/bin/chromium, never a downloaded browser)
 * against the built site in dist/, served on loopback. Build first: `npm run build`.
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4321);
/** Set E2E_BASE_URL to test a server started elsewhere (e.g. nginx in .ci/run). */
const external = process.env.E2E_BASE_URL;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: '.tmp/test-results',
	fullyParallel: true,
	// One worker per CPU: more only makes each test slower on a small shared machine.
	workers: availableParallelism(),
	retries: 0,
	reporter: [['list']],
	// Most tests take 1–8 s on a busy 2-CPU machine; axe scans add their own time (tests/e2e/axe.ts).
	timeout: 45_000,
	use: {
		baseURL: external ?? `http://127.0.0.1:${port}`,
		viewport: { width: 360, height: 740 },
		// A service worker would store the whole core set in every test's fresh context: that
		// download, hundreds of times over, was a large part of the suite's time. The offline
		// specs allow it for themselves (test.use).
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	webServer: external
		? undefined
		: {
				command: `node scripts/serve-dist.mjs --port ${port}`,
				url: `http://127.0.0.1:${port}/`,
				reuseExistingServer: false,
				timeout: 20_000,
			},
});
