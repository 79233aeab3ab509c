/**
 * A QR code's dark modules as one SVG path, one rectangle per horizontal run, so the code
 * is drawn as a small vector image (sharp at any zoom, printable) by the learner's hand-in
 * (src/user-components/handin/handin-element.ts). The bitmap comes from lean-qr; this file
 * only draws it. Pure; tests/unit/handin-verify.test.ts checks it.
 */

/** What this module needs of a lean-qr bitmap. */
export interface QrBitmap {
	readonly size: number;
	get(x: number, y: number): boolean;
}

/** Modules of light margin around the code, as the QR standard asks. */
export const QUIET_ZONE = 4;

/** The path of the dark modules, in module units (x from 0 to size). */
export function qrPath(code: QrBitmap): string {
	let d = '';
	for (let y = 0; y < code.size; y++) {
		let x = 0;
		while (x < code.size) {
			if (!code.get(x, y)) {
				x++;
				continue;
			}
			const start = x;
			while (x < code.size && code.get(x, y)) x++;
			d += `M${start} ${y}h${x - start}v1h${start - x}z`;
		}
	}
	return d;
}

/** The SVG viewBox with the quiet zone around the code. */
export const qrViewBox = (code: QrBitmap): string => `${-QUIET_ZONE} ${-QUIET_ZONE} ${code.size + 2 * QUIET_ZONE} ${code.size + 2 * QUIET_ZONE}`;
