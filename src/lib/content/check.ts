/**
 * Runs the cross-collection reference check once per build over the real collections.
 * Called from src/route-middleware.ts, so the first page rendered fails the build when
 * any reference dangles or a page's search alias is ambiguous (src/lib/search/aliases.ts).
 */
import { getCollection } from 'astro:content';
import { describeDanglingReferences, findDanglingReferences, type EntryLike } from './integrity';
import { describeAliasProblems, findAliasProblems, type AliasedPage } from '../search/aliases';

const names = ['docs', 'sources', 'instruments', 'terms', 'doctrine', 'cases', 'stats', 'questions', 'guide', 'selfchecks'] as const;

let result: Promise<void> | undefined;

async function check(): Promise<void> {
	const loaded = await Promise.all(names.map(async (name) => [name, (await getCollection(name)) as EntryLike[]] as const));
	const problems = findDanglingReferences(Object.fromEntries(loaded));
	if (problems.length > 0) {
		throw new Error(`Content references point at missing entries:\n${describeDanglingReferences(problems)}`);
	}
	const docs = loaded.find(([name]) => name === 'docs')?.[1] as unknown as AliasedPage[];
	const aliasProblems = findAliasProblems(docs);
	if (aliasProblems.length > 0) {
		throw new Error(`Search aliases must each lead to one page:\n${describeAliasProblems(aliasProblems)}`);
	}
}

/** Resolves once the content is known to be consistent; rejects with every problem found. */
export function assertContentIntegrity(): Promise<void> {
	result ??= check();
	return result;
}
