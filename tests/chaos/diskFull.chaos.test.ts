/**
 * The disk fills up during a vote: the hub refuses ballots with a clear error
 * instead of acknowledging what it could not store, stays up, and takes
 * ballots again once there is room. The data folder is a small tmpfs, so the
 * disk really is full (mounting needs root, as CI and this project's machines run).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleServe } from '../helpers/serveProcess';
import { serveSession } from '../helpers/servedSession';
import type { ServeBundle } from '../helpers/serveProcess';
import { TestSocket } from '../helpers/testSocket';
import { ballot, createVote, resolutionCommand } from '../helpers/voting';
import { tallyOf } from '../../src/shared/core';
import WebSocket from 'ws';
import { translate } from '../../src/shared/i18n/translate';
import type { SocketLike } from '../../src/renderer/client/hubClient';
import { connectSession } from '../../src/renderer/client/connectSession';
import { commandErrorKey } from '../../src/renderer/console/commandErrorKey';

let bundle: ServeBundle;
let mountPoint: string;
beforeAll(async () => {
  if (process.getuid?.() !== 0) {
    throw new Error('This test mounts a small tmpfs to fill a disk, which needs root. Run it as root: sudo npm run test:chaos');
  }
  bundle = await bundleServe();
  mountPoint = mkdtempSync(join(tmpdir(), 'chamber-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', mountPoint]);
});
afterAll(() => {
  bundle?.remove();
  if (mountPoint) {
    execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  }
});

function fillDisk(dir: string): string {
  const filler = join(dir, 'filler');
  const chunk = Buffer.alloc(64 * 1024, 1);
  const fd = openSync(filler, 'w');
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  return filler;
}

describe('a full disk during a vote', () => {
  it('refuses ballots it cannot store, stays up, and takes them again when there is room', async () => {
    const hub = await serveSession(bundle.script, { dataDir: join(mountPoint, 'data'), seats: 30, sessionDir: tmpdir() });
    const { url, token, socketUrl: socket } = hub;
    try {
      const secretary = await TestSocket.connect(socket, token('secretary'));
      const chair = await TestSocket.connect(socket, token('chair'));
      const voteId = await createVote(secretary, resolutionCommand({ secret: true, quorum: { numerator: 2, denominator: 3, mode: 'off' } }));
      await chair.command({ type: 'vote.open', voteId });
      const voter = async (seat: number) => TestSocket.connect(socket, token(`seat-${seat}`));

      expect(await (await voter(1)).command(ballot(voteId, 1, 'for'))).toMatchObject({ type: 'ack' });
      const filler = fillDisk(mountPoint);
      const refused = await (await voter(2)).command(ballot(voteId, 2, 'against'));
      expect(refused).toMatchObject({ type: 'error', code: 'storage_full' });
      // The hub stays up and says, for monitoring, that its disk is full.
      const full = await fetch(`${url}/healthz`);
      expect(full.status).toBe(503);
      expect(await full.json()).toMatchObject({ ok: false, storage: 'storage_full' });

      rmSync(filler);
      const again = await voter(2);
      expect(await again.command(ballot(voteId, 2, 'against'))).toMatchObject({ type: 'ack' });
      expect(await (await voter(3)).command(ballot(voteId, 3, 'abstain'))).toMatchObject({ type: 'ack' });
      expect(await fetch(`${url}/healthz`).then((r) => r.json())).toMatchObject({ ok: true, storage: 'ok' });
      expect(await chair.command({ type: 'vote.close', voteId })).toMatchObject({ type: 'ack' });
      await chair.until(() => (chair.state.votes[0]?.status === 'closed' ? true : undefined), 'the close');
      expect(tallyOf(chair.state.votes[0])).toEqual({ participants: 3, counts: { motion: { for: 1, against: 1, abstain: 1 } } });
    } finally {
      await hub.stop();
    }
  });
});

describe('a full disk for the secretary', () => {
  it('answers every other command with storage_full and its requestId, changes nothing, and takes it again when there is room', async () => {
    const hub = await serveSession(bundle.script, { dataDir: join(mountPoint, 'data-commands'), seats: 5, sessionDir: tmpdir() });
    const { url, token, socketUrl: socket } = hub;
    try {
      const secretary = await TestSocket.connect(socket, token('secretary'));
      const item = secretary.state.agenda[1];
      const rename = { type: 'agenda.update', itemId: item?.id ?? '', changes: { notes: 'Ghi chú bổ sung '.repeat(200) } } as const;

      const filler = fillDisk(mountPoint);
      const refused = [
        await secretary.command(rename, 'rename-1'),
        await secretary.command({ type: 'agenda.setCurrent', itemId: item?.id ?? null }, 'current-1'),
        await secretary.command(resolutionCommand(), 'create-1'),
      ];
      expect(refused.map((reply) => (reply.type === 'error' ? [reply.code, reply.requestId] : reply.type))).toEqual([
        ['storage_full', 'rename-1'],
        ['storage_full', 'current-1'],
        ['storage_full', 'create-1'],
      ]);
      expect(await fetch(`${url}/healthz`).then((r) => r.json())).toMatchObject({ ok: false, storage: 'storage_full' });
      // The console's own client gets the answer at once (not "did not answer in time"), and shows it plainly.
      const console = connectSession({ url: socket, token: token('secretary'), createSocket: (address) => new WebSocket(address) as unknown as SocketLike });
      try {
        await new Promise<void>((resolve) => {
          if (console.store.getState().synced) return resolve();
          const unsubscribe = console.store.subscribe((view) => {
            if (!view.synced) return;
            unsubscribe();
            resolve();
          });
        });
        const outcome = await console.sendCommand({ type: 'agenda.setCurrent', itemId: item?.id ?? null });
        expect(outcome).toMatchObject({ ok: false, code: 'storage_full' });
        if (outcome.ok) throw new Error('The command was acknowledged on a full disk');
        expect(translate('vi', commandErrorKey(outcome.code))).toMatch(/^Ổ đĩa của máy chủ đã đầy/);
        expect(translate('en', commandErrorKey(outcome.code))).toMatch(/^The hub's disk is full/);
      } finally {
        console.stop();
      }
      // Nothing changed: a client that connects now sees the session as it was.
      const late = await TestSocket.connect(socket, token('secretary'));
      expect(late.state.agenda[1]?.notes).toBe(item?.notes);
      expect(late.state.currentItemId).toBe(secretary.state.currentItemId);
      expect(late.state.votes).toEqual([]);

      rmSync(filler);
      expect(await secretary.command(rename, 'rename-2')).toMatchObject({ type: 'ack', requestId: 'rename-2' });
      await secretary.until(() => (secretary.state.agenda[1]?.notes === rename.changes.notes ? true : undefined), 'the saved notes');
    } finally {
      await hub.stop();
    }
  });
});
