import { describe, expect, it } from 'vitest';
import { notesKeyRecordSchema, sealedSchema } from '../../../../src/shared/protocol/notes';
import { base64ToBytes, bytesToBase64 } from '../../../../src/renderer/crypto/base64';
import { deriveNotesKey, NotesDecryptError, open, seal } from '../../../../src/renderer/crypto/notesKey';
import type { CryptoEngine } from '../../../../src/renderer/crypto/notesKey';
import { createNotesKey, NOTES_ITERATIONS, unlockNotesKey } from '../../../../src/renderer/crypto/notesPassphrase';

// Few iterations keep the round trips fast; the seat's real count is checked on its own below.
const FAST = 1_000;
const SALT = new Uint8Array(16).fill(7);
const text = (value: string) => new TextEncoder().encode(value);
const read = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const ENGINES: CryptoEngine[] = ['subtle', 'noble'];

describe('notes encryption', () => {
  for (const engine of ENGINES) {
    describe(`with ${engine}`, () => {
      it('opens what it sealed, with the same additional data', async () => {
        const key = await deriveNotesKey('mật khẩu riêng', SALT, FAST, engine);
        const sealed = await seal(key, text('Ngân sách năm 2027 tăng 12%'), 'note-1');
        expect(sealedSchema.safeParse(sealed).success).toBe(true);
        expect(read(await open(key, sealed, 'note-1'))).toBe('Ngân sách năm 2027 tăng 12%');
      });

      it('uses a fresh IV for each seal of the same text', async () => {
        const key = await deriveNotesKey('mật khẩu riêng', SALT, FAST, engine);
        const first = await seal(key, text('same'), 'note-1');
        const second = await seal(key, text('same'), 'note-1');
        expect(first.iv).not.toBe(second.iv);
        expect(first.data).not.toBe(second.data);
      });

      it('refuses a ciphertext with one bit changed', async () => {
        const key = await deriveNotesKey('mật khẩu riêng', SALT, FAST, engine);
        const sealed = await seal(key, text('Ghi chú'), 'note-1');
        const bytes = base64ToBytes(sealed.data);
        bytes[0] = (bytes[0] ?? 0) ^ 1;
        await expect(open(key, { ...sealed, data: bytesToBase64(bytes) }, 'note-1')).rejects.toBeInstanceOf(NotesDecryptError);
      });

      it('refuses a ciphertext moved to another note id', async () => {
        const key = await deriveNotesKey('mật khẩu riêng', SALT, FAST, engine);
        const sealed = await seal(key, text('Ghi chú'), 'note-1');
        await expect(open(key, sealed, 'note-2')).rejects.toBeInstanceOf(NotesDecryptError);
      });

      it('refuses to open with a key from another passphrase', async () => {
        const right = await deriveNotesKey('mật khẩu riêng', SALT, FAST, engine);
        const wrong = await deriveNotesKey('mật khẩu khác', SALT, FAST, engine);
        const sealed = await seal(right, text('Ghi chú'), 'note-1');
        await expect(open(wrong, sealed, 'note-1')).rejects.toBeInstanceOf(NotesDecryptError);
      });

      it('unlocks the key with the right passphrase and says no to a wrong one', async () => {
        const { record } = await createNotesKey('123456', { iterations: FAST, engine });
        expect(notesKeyRecordSchema.safeParse({ ...record, iterations: NOTES_ITERATIONS }).success).toBe(true);
        expect(await unlockNotesKey('123456', record, engine)).not.toBeNull();
        expect(await unlockNotesKey('123457', record, engine)).toBeNull();
      });
    });
  }

  it('derives the same key with subtle and noble: each opens what the other sealed', async () => {
    const subtle = await deriveNotesKey('Đại biểu số 3', SALT, FAST, 'subtle');
    const noble = await deriveNotesKey('Đại biểu số 3', SALT, FAST, 'noble');
    expect(read(await open(noble, await seal(subtle, text('từ subtle'), 'n'), 'n'))).toBe('từ subtle');
    expect(read(await open(subtle, await seal(noble, text('từ noble'), 'n'), 'n'))).toBe('từ noble');
  });

  it('gives the same key for a passphrase typed in NFC or NFD', async () => {
    const { record } = await createNotesKey('Hà Nội 2026'.normalize('NFC'), { iterations: FAST, engine: 'subtle' });
    expect(await unlockNotesKey('Hà Nội 2026'.normalize('NFD'), record, 'noble')).not.toBeNull();
  });

  it('stretches a new seat key with at least 600,000 PBKDF2 iterations and a random 16-byte salt', async () => {
    const first = await createNotesKey('123456', { engine: 'subtle' });
    const second = await createNotesKey('123456', { engine: 'subtle' });
    expect(first.record.iterations).toBeGreaterThanOrEqual(600_000);
    expect(base64ToBytes(first.record.salt)).toHaveLength(16);
    expect(first.record.salt).not.toBe(second.record.salt);
    expect(notesKeyRecordSchema.safeParse(first.record).success).toBe(true);
  });
});
