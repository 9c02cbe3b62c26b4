/**
 * The data folder after a real session: every file owner-only (0600), every
 * folder too (0700), and a start that finds a key file a power cut left empty.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DamagedHubKeyError } from '../../../src/main/hub/auth/hubKey';
import { activeSessionFolder, makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';
import { makePdf } from '../../helpers/testPdfs';
import { TestSocket } from '../../helpers/testSocket';
import { uploadTestDocument } from '../../helpers/uploadTestDocument';
import { ballot, createVote, resolutionCommand } from '../../helpers/voting';

let root: string;
let dataDir: string;
beforeEach(() => {
  root = makeDataDir();
  // A folder the hub creates itself, two levels down.
  dataDir = join(root, 'chamber', 'data');
});
afterEach(() => removeDataDir(root));

/** Every path under `folder` with its permission bits, folders marked with a trailing slash. */
function modesUnder(folder: string): Record<string, string> {
  const modes: Record<string, string> = {};
  const walk = (path: string) => {
    const stats = statSync(path);
    const name = relative(folder, path) || '.';
    if (stats.isDirectory()) {
      modes[`${name}/`] = (stats.mode & 0o777).toString(8);
      for (const entry of readdirSync(path)) walk(join(path, entry));
    } else {
      modes[name] = (stats.mode & 0o777).toString(8);
    }
  };
  walk(folder);
  return modes;
}

function expectOwnerOnly(modes: Record<string, string>): void {
  const wrong = Object.entries(modes).filter(([name, mode]) => mode !== (name.endsWith('/') ? '700' : '600'));
  expect(wrong, `paths that others could read: ${JSON.stringify(modes)}`).toEqual([]);
}

describe('the data folder', () => {
  it('holds only owner-only files and folders after an import, a secret vote and a pairing change, running and stopped', async () => {
    const hub = await startTestHub(dataDir);
    try {
      const url = socketUrl(hub);
      const itemId = hub.engine.state().agenda[0]?.id ?? '';
      await uploadTestDocument(hub, itemId, 'to-trinh.pdf', await makePdf(2, 'To trinh'));
      const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
      const chair = await TestSocket.connect(url, tokenOf(hub, 'chair'));
      const voteId = await createVote(secretary, resolutionCommand({ secret: true, quorum: { numerator: 2, denominator: 3, mode: 'off' } }));
      expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
      const delegate = await TestSocket.connect(url, tokenOf(hub, 'seat-1'));
      expect(await delegate.command(ballot(voteId, 1, 'for'))).toMatchObject({ type: 'ack' });
      expect(await secretary.command({ type: 'pairing.reissue', principalId: 'seat-2' })).toMatchObject({ type: 'ack' });
      for (const socket of [secretary, chair, delegate]) socket.close();

      const running = modesUnder(dataDir);
      const session = relative(dataDir, activeSessionFolder(hub, dataDir));
      const sessionFiles = ['chamber.sqlite', 'chamber.sqlite-wal', 'chamber.sqlite-shm', 'ballots.sqlite'].map((name) => join(session, name));
      for (const expected of [...sessionFiles, `${session}/`, 'sessions/', 'catalog.json', 'hub.key', 'hub.json', 'documents/']) expect(Object.keys(running)).toContain(expected);
      expect(Object.keys(running).filter((name) => name.startsWith('documents/') && name.endsWith('.pdf')).length).toBeGreaterThan(1);
      expectOwnerOnly(running);
      expect(statSync(join(root, 'chamber')).mode & 0o777).toBe(0o700);
    } finally {
      await hub.stop();
    }
    expectOwnerOnly(modesUnder(dataDir));
  });

  it('starts when a power cut during the very first start left the key file empty', async () => {
    const first = await startTestHub(dataDir, { seed: undefined });
    await first.stop();
    writeFileSync(join(dataDir, 'hub.key'), '');
    const hub = await startTestHub(dataDir);
    try {
      expect(hub.engine.state().session).not.toBeNull();
      const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
      secretary.close();
    } finally {
      await hub.stop();
    }
  });

  it('refuses to start, saying what to do, when the key file is damaged and the session depends on it', async () => {
    const first = await startTestHub(dataDir);
    await first.stop();
    writeFileSync(join(dataDir, 'hub.key'), '');
    await expect(startTestHub(dataDir)).rejects.toThrow(DamagedHubKeyError);
  });
});
