/**
 * What the hub's files and the staff's sockets can reveal of a private note:
 * nothing. Notes are written as the iPad writes them (the real crypto module
 * and the real API client, against a real hub), while the secretary, the chair
 * and the big screen are connected; then every file of the data folder is read
 * as raw bytes (databases, WAL, logs) and every frame the staff received is
 * searched for the note's text, in UTF-8, UTF-16 and base64.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rotatingFileLogger } from '../../../../src/main/hub/rotatingFileLogger';
import type { Hub } from '../../../../src/main/hub/startHub';
import { createNotesKey } from '../../../../src/renderer/crypto/notesPassphrase';
import { sealNote } from '../../../../src/renderer/delegate/notes/noteCodec';
import { newNote, newNoteId } from '../../../../src/renderer/delegate/notes/noteModel';
import { createNotesApi } from '../../../../src/renderer/delegate/notes/notesApi';
import { filesIn } from '../../../helpers/dataFolderForensics';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../../helpers/testHub';
import { TestSocket } from '../../../helpers/testSocket';

const MARKER = 'Bí-mật-ngân-sách-QX7Z9-đại-biểu';
const QUOTE_MARKER = 'TRICH-DAN-K4P2W-không-công-bố';

/** Every way the marker could sit in bytes: UTF-8 (NFC and NFD), UTF-16 both ways, and base64 at each alignment. */
function forms(marker: string): Array<{ name: string; bytes: Buffer }> {
  const found: Array<{ name: string; bytes: Buffer }> = [];
  for (const [normal, text] of [
    ['NFC', marker.normalize('NFC')],
    ['NFD', marker.normalize('NFD')],
  ] as const) {
    const utf8 = Buffer.from(text, 'utf8');
    const utf16le = Buffer.from(text, 'utf16le');
    const utf16be = Buffer.from(utf16le).swap16();
    found.push({ name: `${normal} utf8`, bytes: utf8 }, { name: `${normal} utf16le`, bytes: utf16le }, { name: `${normal} utf16be`, bytes: utf16be });
    for (const [encoding, raw] of [
      ['utf8', utf8],
      ['utf16le', utf16le],
    ] as const) {
      for (let shift = 0; shift < 3; shift += 1) {
        // The characters that depend only on the marker's own bytes, whatever precedes it.
        const encoded = Buffer.concat([Buffer.alloc(shift), raw]).toString('base64');
        const stable = encoded.slice(Math.ceil((shift * 4) / 3) + 1, -4);
        found.push({ name: `${normal} ${encoding} base64+${shift}`, bytes: Buffer.from(stable, 'latin1') });
        found.push({ name: `${normal} ${encoding} base64url+${shift}`, bytes: Buffer.from(stable.replace(/\+/g, '-').replace(/\//g, '_'), 'latin1') });
      }
    }
  }
  return found;
}

function findIn(haystack: Buffer, where: string, markers: readonly string[]): string[] {
  return markers.flatMap((marker) => forms(marker).flatMap(({ name, bytes }) => (haystack.includes(bytes) ? [`${marker} as ${name} in ${where}`] : [])));
}

let dir: string;
let hub: Hub;
beforeEach(async () => {
  dir = makeDataDir();
  hub = await startTestHub(dir, { log: rotatingFileLogger(dir) });
});
afterEach(async () => {
  await hub.stop();
  removeDataDir(dir);
});

describe('private notes forensics', () => {
  it('the scan finds the marker when it is there, in each encoding it looks for', () => {
    const samples = [
      Buffer.from(`x${MARKER}y`, 'utf8'),
      Buffer.from(`x${MARKER.normalize('NFD')}y`, 'utf8'),
      Buffer.from(`x${MARKER}y`, 'utf16le'),
      Buffer.from(`{"data":"${Buffer.from(`a${MARKER}b`, 'utf8').toString('base64')}"}`, 'latin1'),
      Buffer.from(`{"data":"${Buffer.from(`ab${MARKER}`, 'utf16le').toString('base64')}"}`, 'latin1'),
    ];
    for (const sample of samples) expect(findIn(sample, 'sample', [MARKER]).length).toBeGreaterThan(0);
    expect(findIn(Buffer.from('nothing to see', 'utf8'), 'sample', [MARKER])).toEqual([]);
  });

  it('leaves no plaintext of a note in any file of the data folder or in any frame sent to staff', async () => {
    const frames: string[] = [];
    const staff = await Promise.all(['secretary', 'chair', 'screen'].map((principalId) => TestSocket.connect(socketUrl(hub), tokenOf(hub, principalId))));
    for (const socket of staff) {
      frames.push(...socket.messages.map((message) => JSON.stringify(message)));
      socket.ws.on('message', (data: Buffer) => frames.push(data.toString('utf8')));
    }
    const delegate = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-3'));
    const document = hub.engine.state().documents[0];
    if (!document) throw new Error('The demo session has no document');
    expect((await delegate.command({ type: 'document.open', documentId: document.id })).type).toBe('ack');

    const api = createNotesApi(hub.localUrl, tokenOf(hub, 'seat-3'));
    const { record, key } = await createNotesKey('mật khẩu 246810');
    await api.setKey(record);
    const place = { sha256: document.sha256, documentId: document.id, documentTitle: document.title, page: 2 };
    for (let index = 0; index < 5; index += 1) {
      const id = newNoteId();
      const note = newNote(place, index % 2 === 0 ? 'note' : 'highlight', 1_790_000_000_000 + index, {
        text: `${MARKER} ${index}`,
        quote: `${QUOTE_MARKER} ${index}`,
        rects: [[0.1, 0.2, 0.5, 0.03]],
        strokes: [{ colour: 'red', width: 3, points: [100, 200, 300, 400, 500, 600] }],
      });
      const sealed = await sealNote(key, id, note);
      await api.put(id, sealed);
      // Written again, as an edit would: the replaced ciphertext must not hold the text either.
      await api.put(id, await sealNote(key, id, { ...note, text: `${MARKER} ${index} (sửa)` }));
    }
    const listed = await api.list();
    expect(listed.notes).toHaveLength(5);
    // A command after the notes, so that staff sockets would have carried anything the notes had leaked into.
    expect((await delegate.command({ type: 'document.open', documentId: hub.engine.state().documents[1]?.id ?? document.id })).type).toBe('ack');

    const markers = [MARKER, QUOTE_MARKER, 'mật khẩu 246810'];
    const scanFolder = () => filesIn(dir).flatMap((file) => findIn(readFileSync(file), file, markers));
    // While the hub runs (the WAL holds the newest pages), and after it stopped.
    const whileRunning = scanFolder();
    const notesFiles = filesIn(dir).filter((file) => file.includes('notes.sqlite'));
    // The scan is able to see: the current ciphertext is in the notes database, as stored.
    const stored = listed.notes[0]?.data ?? '';
    expect(notesFiles.some((file) => readFileSync(file).includes(Buffer.from(stored.slice(0, 64), 'latin1')))).toBe(true);
    const framesFound = findIn(Buffer.from(frames.join('\n'), 'utf8'), 'staff frames', markers);
    for (const socket of [...staff, delegate]) socket.close();
    await hub.stop();
    const afterStop = scanFolder();

    expect(frames.length).toBeGreaterThan(3);
    expect(whileRunning).toEqual([]);
    expect(framesFound).toEqual([]);
    expect(afterStop).toEqual([]);
    expect(filesIn(dir).some((file) => file.endsWith('hub.log'))).toBe(true);
  });
});
