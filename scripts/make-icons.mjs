#!/usr/bin/env node
/**
 * Draws the app icons in public/icons/ (PNG for the web app manifest and iOS) from the
 * same shield-and-check shape as public/favicon.svg, with no image library and no
 * download: a small rasteriser with 4×4 supersampling and a hand-written PNG encoder.
 * Run once after changing the design: `npx node scripts/make-icons.mjs`; the PNGs are
 * committed, so builds never depend on this script.
 */
import { deflateSync } from 'node:zlib';
import { mkdir, writeFile } from 'node:fs/promises';

const BG = [0x5a, 0x3e, 0x00];
const SHIELD = [0xf2, 0xc1, 0x4e];

function cubic(p0, p1, p2, p3, steps = 24) {
	const out = [];
	for (let i = 1; i <= steps; i++) {
		const t = i / steps;
		const u = 1 - t;
		out.push([
			u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
			u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1],
		]);
	}
	return out;
}

// The favicon's path in its 32×32 box: M16 5 l9 4 v7 c0 6-4 10-9 12 c-5-2-9-6-9-12 V9z
const shield = [[16, 5], [25, 9], [25, 16], ...cubic([25, 16], [25, 22], [21, 26], [16, 28]), ...cubic([16, 28], [11, 26], [7, 22], [7, 16]), [7, 9]];
const check = [[12, 16], [15, 19], [21, 13]];

function inside(poly, x, y) {
	let hit = false;
	for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
		const [xi, yi] = poly[i];
		const [xj, yj] = poly[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
	}
	return hit;
}

function nearSegment(x, y, [ax, ay], [bx, by], r) {
	const dx = bx - ax;
	const dy = by - ay;
	const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
	return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= r * r;
}

/** Colour at a point of the 32-unit design; `scale` shrinks the shape for maskable icons. */
function colourAt(x, y, scale) {
	const cx = 16 + (x - 16) / scale;
	const cy = 16 + (y - 16) / scale;
	if (nearSegment(cx, cy, check[0], check[1], 1.25) || nearSegment(cx, cy, check[1], check[2], 1.25)) return BG;
	if (inside(shield, cx, cy)) return SHIELD;
	return BG;
}

function render(size, scale) {
	const ss = 4;
	const rows = [];
	for (let py = 0; py < size; py++) {
		const row = Buffer.alloc(1 + size * 3);
		for (let px = 0; px < size; px++) {
			const sum = [0, 0, 0];
			for (let sy = 0; sy < ss; sy++)
				for (let sx = 0; sx < ss; sx++) {
					const c = colourAt(((px + (sx + 0.5) / ss) / size) * 32, ((py + (sy + 0.5) / ss) / size) * 32, scale);
					sum[0] += c[0];
					sum[1] += c[1];
					sum[2] += c[2];
				}
			for (let k = 0; k < 3; k++) row[1 + px * 3 + k] = Math.round(sum[k] / (ss * ss));
		}
		rows.push(row);
	}
	return png(size, Buffer.concat(rows));
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(buf) {
	let c = 0xffffffff;
	for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}
function png(size, raw) {
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr[8] = 8; // bit depth
	ihdr[9] = 2; // truecolour RGB
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

await mkdir('public/icons', { recursive: true });
const icons = [
	['icon-192.png', 192, 1],
	['icon-512.png', 512, 1],
	// Maskable: launchers crop to a circle of 80 % of the width, so keep the shield inside it.
	['icon-maskable-512.png', 512, 0.78],
	['apple-touch-icon.png', 180, 0.9],
];
for (const [name, size, scale] of icons) {
	await writeFile(`public/icons/${name}`, render(size, scale));
	console.log(`public/icons/${name}`);
}
