/**
 * Just enough of a PDF reader to get the text out of the PDFs Chromium (Skia) prints, so
 * print tests can check what a printed page says. Handles Flate streams, Type0 fonts with
 * ToUnicode maps (bfchar and bfrange) and the Tj/TJ text operators Skia writes.
 */
import { inflateSync } from 'node:zlib';

type CMap = Map<number, string>;

function parseCMap(text: string): { map: CMap; bytes: number } {
	const map: CMap = new Map();
	const hex = (h: string) => parseInt(h, 16);
	const uni = (h: string) => String.fromCharCode(...(h.match(/.{4}/g) ?? []).map(hex));
	let bytes = 2;
	const range = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(text);
	if (range) bytes = range[1].length / 2;
	for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
		for (const [, src, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(hex(src), uni(dst));
	for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
		for (const [, lo, hi, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
			const start = hex(dst.slice(-4));
			for (let c = hex(lo); c <= hex(hi); c++) map.set(c, dst.slice(0, -4) ? uni(dst.slice(0, -4)) + String.fromCharCode(start + c - hex(lo)) : String.fromCharCode(start + c - hex(lo)));
		}
	return { map, bytes };
}

/** The text of a Chromium-printed PDF, one string per text-showing operator, joined by spaces. */
export function pdfText(pdf: Buffer): string {
	const src = pdf.toString('latin1');
	const objects = new Map<number, { dict: string; stream?: string }>();
	// Streams are read by their /Length, not up to the next "endobj": compressed bytes can
	// contain that word (a long print document's fonts did).
	const objectStart = /(\d+) 0 obj\s*/g;
	for (let m = objectStart.exec(src); m; m = objectStart.exec(src)) {
		const start = objectStart.lastIndex;
		const end = src.indexOf('endobj', start);
		const streamAt = src.indexOf('stream', start);
		if (end < 0) break;
		if (streamAt < 0 || streamAt > end) {
			objects.set(Number(m[1]), { dict: src.slice(start, end) });
			continue;
		}
		const dict = src.slice(start, streamAt);
		const dataStart = streamAt + (src.startsWith('stream\r\n', streamAt) ? 8 : 7);
		const length = /\/Length (\d+)(?!\s+\d+\s+R)/.exec(dict);
		const dataEnd = length ? dataStart + Number(length[1]) : src.indexOf('endstream', dataStart);
		let data = Buffer.from(src.slice(dataStart, dataEnd), 'latin1');
		if (/FlateDecode/.test(dict)) data = inflateSync(data);
		objects.set(Number(m[1]), { dict, stream: data.toString('latin1') });
		objectStart.lastIndex = src.indexOf('endobj', dataEnd) + 6;
	}
	// Font resource name → the font's ToUnicode map.
	const fonts = new Map<string, { map: CMap; bytes: number }>();
	for (const { dict } of objects.values())
		for (const [, name, num] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
			const font = objects.get(Number(num));
			const tu = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict);
			const cmap = tu && objects.get(Number(tu[1]))?.stream;
			if (cmap) fonts.set(name, parseCMap(cmap));
		}
	const out: string[] = [];
	for (const { dict, stream } of objects.values()) {
		if (!stream || /ToUnicode|FontFile|Subtype \/Image|Length1/.test(dict) || !/\bBT\b/.test(stream)) continue;
		let font: { map: CMap; bytes: number } | undefined;
		for (const op of stream.matchAll(/\/(F\d+) [\d.]+ Tf|<([0-9a-fA-F]*)> ?Tj|\[((?:<[0-9a-fA-F]*>|[-\d. ])*)\] ?TJ/g)) {
			if (op[1]) font = fonts.get(op[1]);
			else if (font) {
				const hexes = op[2] !== undefined ? [op[2]] : [...op[3].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]);
				let s = '';
				for (const h of hexes)
					for (let i = 0; i < h.length; i += font.bytes * 2) s += font.map.get(parseInt(h.slice(i, i + font.bytes * 2), 16)) ?? '';
				out.push(s);
			}
		}
	}
	return out.join(' ').replace(/\s+/g, ' ');
}
