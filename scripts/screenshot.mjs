#!/usr/bin/env node
/**
 * Screenshots of built pages at phone width (360 px) in Debian's Chromium, for looking at
 * what an officer sees. Serves dist/ itself. Usage:
 *   node scripts/screenshot.mjs /konsep/ /en/ …   → writes .tmp/shots/<path>.png
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const full = process.argv.includes('--full');
const port = 4399 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
await mkdir('.tmp/shots', { recursive: true });
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
	const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
	for (const path of paths) {
		await page.goto(`http://127.0.0.1:${port}${path}`);
		const file = `.tmp/shots/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}.png`;
		await page.screenshot({ path: file, fullPage: full });
		console.log(file);
	}
} finally {
	await browser.close();
	server.kill();
}
