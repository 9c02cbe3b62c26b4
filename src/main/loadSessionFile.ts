/** Reads a session definition (JSON) given with --session, with a clear message for every mistake in it. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { sessionDefinitionSchema } from '../shared/core';
import type { SessionDefinition } from '../shared/core';

export interface SessionFile {
  definition: SessionDefinition;
  /** Where the definition's documents are: the folder of the file. */
  documentsDir: string;
}

export function loadSessionFile(path: string): SessionFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the session file ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const parsed = sessionDefinitionSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`The session file ${path} is not a valid session:\n${problems.join('\n')}`);
  }
  return { definition: parsed.data, documentsDir: dirname(resolve(path)) };
}
