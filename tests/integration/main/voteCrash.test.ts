/**
 * The hub process is killed with SIGKILL in the middle of a vote, then started
 * again on the same data: every acknowledged ballot is there, none is doubled,
 * the vote is still open, and the delegates finish voting.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeSessionFolderOf } from '../../helpers/activeSession';
import { openBallotStore } from '../../../src/main/hub/voting/ballotStore';
import { MOTION_ROW } from '../../../src/shared/protocol';
import { freePort } from '../../helpers/freePort';
import { pairingTokens } from '../../helpers/pairingTokens';
import { bundleServe, startServe } from '../../helpers/serveProcess';
import type { ServeBundle, ServeProcess } from '../../helpers/serveProcess';
import { sessionWithSeats } from '../../helpers/sessionWithSeats';
import { makeDataDir, removeDataDir } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';
import { ballot, choiceOf, createVote, RESOLUTION_LAYOUT, resolutionCommand } from '../../helpers/voting';
import { tallyOf } from '../../../src/shared/core';

const SEATS = 60;
let bundle: ServeBundle;
beforeAll(async () => {
  bundle = await bundleServe();
});
afterAll(() => bundle.remove());

describe('a hub killed mid-vote', () => {
  it('comes back with every acknowledged ballot, none doubled, the vote open, and the delegates finish voting', async () => {
    const dataDir = makeDataDir();
    const sessionFile = join(dataDir, '..', `${dataDir.split('/').pop()}-session.json`);
    writeFileSync(sessionFile, JSON.stringify(sessionWithSeats(SEATS)));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const ws = `ws://127.0.0.1:${port}/ws`;
    const args = ['--port', String(port), '--host', '127.0.0.1', '--data', dataDir, '--session', sessionFile];
    let hub: ServeProcess = startServe(bundle.script, args);
    try {
      await hub.ready();
      const tokens = pairingTokens(dataDir, url);
      const token = (id: string) => tokens.get(id) ?? '';
      const secretary = await TestSocket.connect(ws, token('secretary'));
      const chair = await TestSocket.connect(ws, token('chair'));
      const delegates = await Promise.all(Array.from({ length: SEATS }, (_, i) => TestSocket.connect(ws, token(`seat-${i + 1}`))));
      const voteId = await createVote(secretary, resolutionCommand({ secret: true }));
      expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });

      const acked = new Set<number>();
      delegates.forEach((socket, index) => {
        const seat = index + 1;
        const from = socket.messages.length;
        socket.send({ type: 'command', requestId: `cast-${seat}`, command: ballot(voteId, seat, choiceOf(seat)) });
        void socket.waitFor((m) => m.type === 'ack' && m.requestId === `cast-${seat}`, 'ack', from).then(() => acked.add(seat), () => undefined);
      });
      await secretary.until(() => (acked.size >= 15 ? true : undefined), 'some acknowledged ballots');
      hub.child.kill('SIGKILL');
      await hub.exited();
      const ackedBeforeCrash = new Set(acked);
      expect(ackedBeforeCrash.size).toBeGreaterThanOrEqual(15);

      // Read as the restarted hub will: opening the store rolls back a transaction the kill cut short (a hot journal).
      const stored = openBallotStore(join(activeSessionFolderOf(dataDir), 'ballots.sqlite'));
      const participants = stored.participants(voteId);
      // A resolution ballot adds one to exactly one counter: the counters add up to the ballots counted.
      const counts = stored.tally({ id: voteId, secret: true, ...RESOLUTION_LAYOUT }).counts[MOTION_ROW] ?? {};
      const contents = Object.values(counts).reduce((sum, count) => sum + count, 0);
      stored.close();
      for (const seat of ackedBeforeCrash) expect(participants).toContain(seat);
      expect(new Set(participants).size).toBe(participants.length);
      expect(contents).toBe(participants.length);

      hub = startServe(bundle.script, args);
      await hub.ready();
      const chairAgain = await TestSocket.connect(ws, token('chair'));
      expect(chairAgain.state.votes.find((vote) => vote.id === voteId)?.status).toBe('open');
      const progress = await chairAgain.waitFor((m) => m.type === 'voteProgress', 'the vote progress');
      expect(progress.type === 'voteProgress' && progress.cast).toBe(participants.length);

      // Every delegate sends its ballot again with the same id: recorded ones are recognised, the rest recorded now.
      const again = await Promise.all(
        Array.from({ length: SEATS }, async (_, index) => {
          const seat = index + 1;
          const socket = await TestSocket.connect(ws, token(`seat-${seat}`));
          const reply = await socket.command(ballot(voteId, seat, choiceOf(seat)));
          socket.close();
          return { seat, reply };
        }),
      );
      for (const { seat, reply } of again) {
        expect(reply.type, `seat ${seat}`).toBe('ack');
        if (participants.includes(seat)) expect(reply).toMatchObject({ duplicate: true });
      }
      expect(await chairAgain.command({ type: 'vote.close', voteId })).toMatchObject({ type: 'ack' });
      await chairAgain.until(() => (chairAgain.state.votes.find((vote) => vote.id === voteId)?.status === 'closed' ? true : undefined), 'the close');
      const tally = tallyOf(chairAgain.state.votes.find((vote) => vote.id === voteId));
      expect(tally).toEqual({ participants: 60, counts: { motion: { for: 20, against: 20, abstain: 20 } } });
    } finally {
      hub.child.kill('SIGKILL');
      removeDataDir(dataDir);
      removeDataDir(sessionFile);
    }
  });
});
