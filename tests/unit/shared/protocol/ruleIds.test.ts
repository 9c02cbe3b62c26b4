import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** The rule ids docs/protocol.md defines: lines that start with `- **[X9]**`. */
function definedRuleIds(): string[] {
  const doc = readFileSync(join(root, 'docs/protocol.md'), 'utf8');
  return [...doc.matchAll(/^- \*\*\[([A-Z]\d+)\]\*\*/gm)].map((match) => match[1] ?? '');
}

function testFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.test.ts') || path.endsWith('.test.tsx'))
    .map((path) => join(root, folder, path));
}

/** The rule ids cited at the start of test names (`it('[V3] …'`), per id the files citing it. */
function citedRuleIds(): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  for (const file of [...testFiles('tests/unit'), ...testFiles('tests/integration')]) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\(\s*['`]((?:\[[A-Z]\d+\] )+)/g)) {
      for (const id of (match[1] ?? '').match(/[A-Z]\d+/g) ?? []) cited.set(id, [...(cited.get(id) ?? []), file]);
    }
  }
  return cited;
}

describe('the rule ids of docs/protocol.md', () => {
  it('are each defined once', () => {
    const defined = definedRuleIds();
    expect(defined.length).toBeGreaterThan(0);
    expect(defined.filter((id, index) => defined.indexOf(id) !== index)).toEqual([]);
  });

  it('are each cited by at least one unit or integration test', () => {
    const cited = citedRuleIds();
    expect(definedRuleIds().filter((id) => !cited.has(id))).toEqual([]);
  });

  it('are the only ids tests cite, so a cited id always leads to its rule', () => {
    const defined = new Set(definedRuleIds());
    expect([...citedRuleIds().keys()].filter((id) => !defined.has(id)).sort()).toEqual([]);
  });
});
