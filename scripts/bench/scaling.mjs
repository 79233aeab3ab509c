/**
 * Build time and peak memory at 1×, 10× and 40× content, from synthetic pages built in a
 * throw-away copy of the project (.tmp/bench-site/, never committed). Opt-in (--scale).
 */
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { linearity } from '../../src/lib/bench/math.ts';
import { astroBuild, listFiles } from './common.mjs';

export async function scaling() {
	const results = {};

	console.log('\n6. Build time and peak memory with synthetic content (in .tmp/bench-site/, never committed)');
	const site = '.tmp/bench-site';
	const realPages = (await listFiles('content/docs')).filter((f) => /\.mdx?$/.test(f));
	const sample = await Promise.all(realPages.map((f) => readFile(join('content/docs', f), 'utf8')));
	// Pages being written now are short drafts; size synthetic pages like a finished doctrine
	// page (about 6,000 characters of MDX) unless the real average is already larger.
	const avgBody = Math.max(6000, Math.round(sample.reduce((n, s) => n + s.length, 0) / sample.length));
	results.scaling = { realPages: realPages.length, syntheticPageChars: avgBody, note: 'synthetic pages live in content/docs/zz-bench/ (and en/), outside the sidebar, so this measures per-page cost; a sidebar listing every page would add a per-page cost that grows with the page count', runs: [] };
	const words = 'polmas kemitraan warga bhabinkamtibmas fkpm kamtibmas pemecahan masalah desa kelurahan polsek polres pembinaan musyawarah keamanan ketertiban masyarakat pencegahan tokoh adat agama pemuda forum komunikasi laporan kunjungan'.split(' ');
	const para = (seed, n) => Array.from({ length: n }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(' ');
	const synthetic = (i, lang) => {
		let body = `---\ntitle: Halaman uji ${i}\ndescription: Halaman sintetis untuk mengukur waktu build.\ntype: konsep\nsources: [fakta-terperiksa]\n---\n\n`;
		let n = 0;
		while (body.length < avgBody) body += `## Bagian ${++n}\n\n${para(i + n, 60)}.\n\n- ${para(i, 8)}\n- ${para(i + 1, 8)}\n\n`;
		return lang === 'en' ? body.replace('Halaman uji', 'Test page') : body;
	};
	for (const factor of [1, 10, 40]) {
		await rm(site, { recursive: true, force: true });
		await mkdir(site, { recursive: true });
		for (const entry of await readdir('.')) {
			if (['node_modules', 'dist', '.git', '.tmp', '.astro', 'bench', 'test-results'].includes(entry)) continue;
			await cp(entry, join(site, entry), { recursive: true, verbatimSymlinks: true });
		}
		await symlink(join(process.cwd(), 'node_modules'), join(site, 'node_modules'));
		const extraPerLang = Math.round(((factor - 1) * realPages.length) / 2);
		for (const lang of ['id', 'en']) {
			const dir = join(site, 'content/docs', lang === 'en' ? 'en/zz-bench' : 'zz-bench');
			await mkdir(dir, { recursive: true });
			for (let i = 0; i < extraPerLang; i++) await writeFile(join(dir, `halaman-${i}.mdx`), synthetic(i, lang));
		}
		const totalPages = realPages.length + 2 * extraPerLang;
		process.stdout.write(`   ${String(factor).padStart(2)}× ${String(totalPages).padStart(5)} pages … `);
		const r = astroBuild('.', {}, site);
		const htmlCount = (await listFiles(join(site, 'dist'))).filter((f) => f.endsWith('.html')).length;
		results.scaling.runs.push({ factor, pages: totalPages, htmlFiles: htmlCount, seconds: r.seconds, cpuSeconds: r.cpuSeconds, peakRssMiB: r.peakRssMiB });
		console.log(`${r.seconds.toFixed(1)} s wall, ${r.cpuSeconds?.toFixed(1)} s CPU, peak RSS ${r.peakRssMiB?.toFixed(0)} MiB`);
	}
	await rm(site, { recursive: true, force: true });
	const lin = linearity(results.scaling.runs.map((r) => ({ pages: r.pages, seconds: r.cpuSeconds ?? r.seconds })));
	const wall = linearity(results.scaling.runs.map((r) => ({ pages: r.pages, seconds: r.seconds })));
	results.scaling.linearity = { cpu: lin, wall };
	console.log(
		`   CPU time: ${(lin.secondsPerPage * 1000).toFixed(1)} ms per extra page; 40× took ${(lin.ratioToLinear * 100).toFixed(0)} % of the straight line through 1× and 10× → ${lin.linear ? 'linear' : 'NOT linear'}`,
	);
	console.log(`   wall time: 40× took ${(wall.ratioToLinear * 100).toFixed(0)} % of the line (wall time also counts other work on the machine)`);

	return results.scaling;
}
