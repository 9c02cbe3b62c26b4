/**
 * Every translation key is used somewhere in src/: named in quotes, or reached
 * through a template such as `vote.kind.${kind}`. A key nothing uses is dead
 * weight in the iPad bundle and a string translators keep for nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vi } from '../../../../src/shared/i18n/vi';

const SRC = join(import.meta.dirname, '../../../../src');
const I18N = join(SRC, 'shared/i18n');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === I18N ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('translation keys', () => {
  const code = sourceFiles(SRC).map((path) => readFileSync(path, 'utf8'));
  /** The fixed start of every template key, e.g. "vote.kind." from `vote.kind.${kind}`. */
  const templatePrefixes = new Set(code.flatMap((text) => [...text.matchAll(/`([a-zA-Z_.]+\.)\$\{/g)].map((match) => match[1] ?? '')));

  it('are each used by the code, by name or through a template', () => {
    const namedInCode = (key: string) => code.some((text) => text.includes(`'${key}'`));
    const reachedByTemplate = (key: string) => [...templatePrefixes].some((prefix) => key.startsWith(prefix));
    const unused = Object.keys(vi).filter((key) => !namedInCode(key) && !reachedByTemplate(key));
    expect(unused).toEqual([]);
  });
});
