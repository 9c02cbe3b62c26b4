/** The documents a session's state refers to, by SHA-256: current versions and any earlier ones it keeps. */
import type { SessionState } from '../../shared/protocol';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Every `sha256` in the state's documents, however deep (a replaced document
 * keeps its earlier versions beside it), sorted and without repeats.
 */
export function sessionDocumentHashes(state: SessionState): string[] {
  const found = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'sha256' && typeof inner === 'string' && SHA256.test(inner)) found.add(inner);
      else visit(inner);
    }
  };
  visit(state.documents);
  return [...found].sort();
}
