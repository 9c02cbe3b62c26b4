/**
 * The hub's file system goes read-only mid-session (ext4 does so on an I/O
 * error when mounted with errors=remount-ro). Every command and ballot is then
 * answered by its requestId with storage_read_only, nothing changes, and the
 * hub stays up. The data folder is a small ext4 image on a loop device, and
 * the kernel's own trigger makes it read-only (mounting needs root, as CI and
 * this project's machines run).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleServe } from '../helpers/serveProcess';
import { serveSession } from '../helpers/servedSession';
import type { ServeBundle } from '../helpers/serveProcess';
import { TestSocket } from '../helpers/testSocket';
import { ballot, createVote, resolutionCommand } from '../helpers/voting';

let bundle: ServeBundle;
let workDir: string;
let mountPoint: string;
let image: string;
beforeAll(async () => {
  if (process.getuid?.() !== 0) {
    throw new Error('This test mounts an ext4 image on a loop device, which needs root. Run it as root: sudo npm run test:chaos');
  }
  bundle = await bundleServe();
  workDir = mkdtempSync(join(tmpdir(), 'chamber-readonly-'));
  image = join(workDir, 'disk.img');
  mountPoint = join(workDir, 'mnt');
  execFileSync('truncate', ['-s', '48M', image]);
  execFileSync('mkfs.ext4', ['-q', '-F', image]);
  execFileSync('mkdir', [mountPoint]);
  execFileSync('mount', ['-o', 'loop,errors=remount-ro', image, mountPoint]);
});
afterAll(() => {
  bundle?.remove();
  if (mountPoint) execFileSync('umount', [mountPoint]);
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Makes the mounted ext4 read-only at once, as an I/O error would. */
function makeReadOnly(): void {
  const loopDevice = basename(execFileSync('losetup', ['-j', image]).toString().split(':')[0] ?? '');
  writeFileSync(`/sys/fs/ext4/${loopDevice}/trigger_fs_error`, 'x');
}

describe('a disk that turns read-only during a session', () => {
  it('answers commands and ballots with storage_read_only and their requestId, changes nothing, and stays up', async () => {
    const hub = await serveSession(bundle.script, { dataDir: join(mountPoint, 'data'), seats: 5, sessionDir: workDir });
    const { url, token, socketUrl: socket } = hub;
    try {
      const secretary = await TestSocket.connect(socket, token('secretary'));
      const chair = await TestSocket.connect(socket, token('chair'));
      const voter = await TestSocket.connect(socket, token('seat-1'));
      const voteId = await createVote(secretary, resolutionCommand({ quorum: { numerator: 2, denominator: 3, mode: 'off' } }));
      expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
      const item = secretary.state.agenda[1];

      makeReadOnly();
      const replies = [
        await secretary.command({ type: 'agenda.update', itemId: item?.id ?? '', changes: { notes: 'Ghi chú mới' } }, 'notes-1'),
        await secretary.command({ type: 'agenda.setCurrent', itemId: item?.id ?? null }, 'current-1'),
        await voter.command(ballot(voteId, 1, 'for'), 'ballot-1'),
        await chair.command({ type: 'vote.close', voteId }, 'close-1'),
      ];
      expect(replies.map((reply) => (reply.type === 'error' ? [reply.code, reply.requestId] : reply.type))).toEqual([
        ['storage_read_only', 'notes-1'],
        ['storage_read_only', 'current-1'],
        ['storage_read_only', 'ballot-1'],
        ['storage_read_only', 'close-1'],
      ]);
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ ok: false, storage: 'storage_read_only' });
      expect(hub.process.child.exitCode).toBeNull();
      const late = await TestSocket.connect(socket, token('secretary'));
      expect(late.state.agenda[1]?.notes).toBe(item?.notes);
      expect(late.state.votes[0]?.status).toBe('open');
    } finally {
      await hub.stop();
    }
  });
});
