import { describe, expect, it } from 'vitest';
import { newNote } from '../../../../../src/renderer/delegate/notes/noteModel';
import { notesByDocument } from '../../../../../src/renderer/delegate/notes/notesByDocument';

describe('notes by document', () => {
  it('keeps the notes of a replaced version apart from the new version of the same document, each in page order', () => {
    const old = { sha256: 'a'.repeat(64), documentId: 'doc-1', documentTitle: 'Tờ trình' };
    const current = { ...old, sha256: 'b'.repeat(64) };
    const groups = notesByDocument({
      n1: newNote({ ...old, page: 5 }, 'note', 1, { text: 'cũ trang 5' }),
      n2: newNote({ ...current, page: 3 }, 'note', 2, { text: 'mới trang 3' }),
      n3: newNote({ ...old, page: 2 }, 'highlight', 3, { quote: 'cũ trang 2' }),
    });
    expect(groups.map((group) => [group.sha256, group.notes.map(({ id }) => id)])).toEqual([
      [old.sha256, ['n3', 'n1']],
      [current.sha256, ['n2']],
    ]);
  });
});
