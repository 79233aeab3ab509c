/**
 * Writes the question bank files, /data/soal-<lang>.<hash>.json (src/lib/quiz/bank.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bankFile } from '../../lib/quiz/bank';

export const getStaticPaths = (async () => {
	const files = await Promise.all((['id', 'en'] as const).map(bankFile));
	return files.map((f) => ({ params: { file: f.path.replace(/^\/data\//, '').replace(/\.json$/, '') }, props: { body: f.body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json' } });
