/**
 * Formats a failed schema check the way an author needs to read it: the file, then one
 * line per problem with the field path and the reason. Used by the unit tests on malformed
 * fixtures and by scripts that validate content outside an Astro build.
 */
import type { z } from 'astro/zod';

export function describeSchemaError(file: string, error: z.ZodError): string {
	const lines = error.issues.map((issue) => `  ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
	return `${file} does not match its schema:\n${lines.join('\n')}`;
}
