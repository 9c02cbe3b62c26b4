import { describe, expect, it } from 'vitest';
import type { NotesKeyRecord, NotesListing, Sealed } from '../../../../../src/shared/protocol/notes';
import { forgetNotesKey } from '../../../../../src/renderer/crypto/notesKeyVault';
import { newNote } from '../../../../../src/renderer/delegate/notes/noteModel';
import { NotesApiError } from '../../../../../src/renderer/delegate/notes/notesApi';
import type { NotesApi } from '../../../../../src/renderer/delegate/notes/notesApi';
import { createNotesVault } from '../../../../../src/renderer/delegate/notes/notesVault';

/** The hub's side of /api/notes for one seat, in memory; `down` makes every call fail as an unreachable hub would. */
function memoryHub() {
  const hub = { key: null as NotesKeyRecord | null, notes: new Map<string, Sealed>(), down: false };
  const reachable = () => {
    if (hub.down) throw new TypeError('Failed to fetch');
  };
  const api: NotesApi = {
    list: async (): Promise<NotesListing> => {
      reachable();
      return { key: hub.key, notes: [...hub.notes].map(([id, sealed]) => ({ id, ...sealed })) };
    },
    setKey: async (record) => {
      reachable();
      if (hub.key) throw new NotesApiError(409, 'key_exists');
      hub.key = record;
    },
    put: async (id, sealed) => {
      reachable();
      hub.notes.set(id, sealed);
    },
    remove: async (id) => {
      reachable();
      hub.notes.delete(id);
    },
    clear: async () => {
      reachable();
      hub.key = null;
      hub.notes.clear();
    },
  };
  return { hub, api };
}

const PLACE = { sha256: 'a'.repeat(64), documentId: 'doc-1', documentTitle: 'Báo cáo', page: 2 };
const NOTE_ID = 'note-0000000000000001';

describe('notes vault', () => {
  it('asks for a code on first use, then keeps notes the hub holds only as ciphertext', async () => {
    const { hub, api } = memoryHub();
    const vault = createNotesVault(api);
    await vault.getState().load();
    expect(vault.getState().status).toBe('setup');
    await vault.getState().setUp('123456');
    await vault.getState().save(NOTE_ID, newNote(PLACE, 'note', 1, { text: 'Ngân sách' }));
    expect(vault.getState().status).toBe('ready');
    expect(vault.getState().unsaved).toEqual([]);
    expect(JSON.stringify([...hub.notes])).not.toContain('Ngân sách');
  });

  it('opens the notes after a reload with the key kept on the device, without the code', async () => {
    const { api } = memoryHub();
    const first = createNotesVault(api);
    await first.getState().load();
    await first.getState().setUp('123456');
    await first.getState().save(NOTE_ID, newNote(PLACE, 'note', 1, { text: 'Ngân sách' }));
    const reloaded = createNotesVault(api);
    await reloaded.getState().load();
    expect(reloaded.getState().status).toBe('ready');
    expect(reloaded.getState().notes[NOTE_ID]?.text).toBe('Ngân sách');
  });

  it('on a device without the key, refuses a wrong code and opens the notes with the right one', async () => {
    const { hub, api } = memoryHub();
    const first = createNotesVault(api);
    await first.getState().load();
    await first.getState().setUp('123456');
    await first.getState().save(NOTE_ID, newNote(PLACE, 'highlight', 1, { quote: 'đoạn văn' }));
    // A new iPad: nothing of the key is on it.
    await forgetNotesKey(hub.key?.salt ?? '');
    const device = createNotesVault(api);
    await device.getState().load();
    expect(device.getState().status).toBe('locked');
    expect(await device.getState().unlock('000000')).toBe(false);
    expect(device.getState()).toMatchObject({ status: 'locked', notes: {} });
    expect(await device.getState().unlock('123456')).toBe(true);
    expect(device.getState().status).toBe('ready');
    expect(device.getState().notes[NOTE_ID]?.quote).toBe('đoạn văn');
  });

  it('keeps a note written while the hub is unreachable and sends it at the next write', async () => {
    const { hub, api } = memoryHub();
    const vault = createNotesVault(api);
    await vault.getState().load();
    await vault.getState().setUp('123456');
    hub.down = true;
    await vault.getState().save(NOTE_ID, newNote(PLACE, 'note', 1, { text: 'một' }));
    expect(vault.getState().unsaved).toEqual([NOTE_ID]);
    expect(vault.getState().notes[NOTE_ID]?.text).toBe('một');
    hub.down = false;
    await vault.getState().save('note-0000000000000002', newNote(PLACE, 'note', 2, { text: 'hai' }));
    expect(vault.getState().unsaved).toEqual([]);
    expect([...hub.notes.keys()].sort()).toEqual([NOTE_ID, 'note-0000000000000002']);
  });

  it('starts over: the seat loses its code and every note, and asks for a new code', async () => {
    const { hub, api } = memoryHub();
    const vault = createNotesVault(api);
    await vault.getState().load();
    await vault.getState().setUp('123456');
    await vault.getState().save(NOTE_ID, newNote(PLACE, 'note', 1, { text: 'cũ' }));
    await vault.getState().startOver();
    expect(vault.getState()).toMatchObject({ status: 'setup', notes: {} });
    expect(hub.key).toBeNull();
    expect(hub.notes.size).toBe(0);
  });

  it('is unavailable, not failed, for a token the hub refuses notes to (a guest)', async () => {
    const { api } = memoryHub();
    const vault = createNotesVault({
      ...api,
      list: async () => {
        throw new NotesApiError(403, 'forbidden');
      },
    });
    await vault.getState().load();
    expect(vault.getState().status).toBe('unavailable');
  });
});
