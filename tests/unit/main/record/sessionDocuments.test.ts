import { describe, expect, it } from 'vitest';
import { sessionDocumentHashes } from '../../../../src/main/record/sessionDocuments';
import { initialState } from '../../../../src/shared/core';
import type { SessionState } from '../../../../src/shared/protocol';

const a = 'a'.repeat(64);
const b = 'b'.repeat(64);

describe('the documents a session refers to', () => {
  it('lists every sha256 of the documents, earlier versions included, once each and sorted', () => {
    const state = { ...initialState, documents: [{ sha256: b, previous: [{ sha256: a }] }, { sha256: a }] } as unknown as SessionState;
    expect(sessionDocumentHashes(state)).toEqual([a, b]);
  });

  it('ignores anything that is not a sha256', () => {
    const state = { ...initialState, documents: [{ sha256: '../../hub.key' }] } as unknown as SessionState;
    expect(sessionDocumentHashes(state)).toEqual([]);
  });
});
