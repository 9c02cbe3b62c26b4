import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../../src/shared/protocol';

/** The codes in the first column of the table under "### `error`" in docs/protocol.md. */
function documentedErrorCodes(): string[] {
  const doc = readFileSync(new URL('../../../../docs/protocol.md', import.meta.url), 'utf8');
  const section = doc.split('### `error`')[1]?.split('\n### ')[0];
  if (!section) throw new Error('docs/protocol.md has no "error" section');
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([a-z_]+)`/g)].map((match) => match[1] ?? ''));
}

describe('the error codes', () => {
  it('are documented in docs/protocol.md exactly as ERROR_CODES lists them, each once', () => {
    const documented = documentedErrorCodes();
    expect(documented.filter((code, index) => documented.indexOf(code) !== index)).toEqual([]);
    expect([...documented].sort()).toEqual([...ERROR_CODES].sort());
  });
});
