/**
 * SIGKILL at random moments during a vote of 200 delegates, at least 20 times
 * (CHAOS_KILLS for more). After each kill: every acknowledged ballot is stored,
 * none twice, the log's chain verifies and the vote is still open. The
 * delegates' own reconnecting clients come back by themselves and finish voting.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteEventLog } from '../../src/main/hub/store/sqliteEventLog';
import { openBallotStore } from '../../src/main/hub/voting/ballotStore';
import type { SocketLike } from '../../src/renderer/client/hubClient';
import { connectSession } from '../../src/renderer/client/connectSession';
import type { SessionConnection } from '../../src/renderer/client/connectSession';
import { replay } from '../../src/shared/core';
import { MOTION_ROW } from '../../src/shared/protocol';
import { copyDatabaseAsLeft } from '../helpers/databaseCopy';
import { freePort } from '../helpers/freePort';
import { pairingTokens } from '../helpers/pairingTokens';
import { chaosRandom } from '../helpers/chaosRandom';
import { bundleServe, startServe } from '../helpers/serveProcess';
import type { ServeBundle, ServeProcess } from '../helpers/serveProcess';
import { sessionWithSeats } from '../helpers/sessionWithSeats';
import { makeDataDir, removeDataDir } from '../helpers/testHub';
import { activeSessionFolderOf } from '../helpers/activeSession';
import { TestSocket } from '../helpers/testSocket';
import { choiceOf, createVote, RESOLUTION_LAYOUT, resolutionCommand } from '../helpers/voting';
import { tallyOf } from '../../src/shared/core';

const SEATS = 200;
const KILLS = Number(process.env.CHAOS_KILLS ?? 20);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let bundle: ServeBundle;
beforeAll(async () => {
  bundle = await bundleServe();
});
afterAll(() => bundle.remove());

/** A delegate's iPad: waits its turn, then sends its ballot until the hub acknowledges it, through every outage. */
async function delegateVotes(
  connection: SessionConnection,
  voteId: string,
  seat: number,
  startAfterMs: number,
  acked: Set<number>,
  stop: () => boolean,
): Promise<void> {
  await sleep(startAfterMs);
  while (!stop()) {
    const view = connection.store.getState();
    const open = view.state.votes.some((vote) => vote.id === voteId && vote.status === 'open');
    if (view.status === 'online' && view.synced && open) {
      const outcome = await connection.sendCommand({ type: 'vote.cast', voteId, seat, ballotId: `chaos-ballot-${seat}`, selections: [{ row: 'motion', option: choiceOf(seat) }] });
      if (outcome.ok) {
        acked.add(seat);
        return;
      }
    }
    await sleep(100);
  }
}

describe('the hub killed again and again during a vote', () => {
  it(`keeps every acknowledged ballot through ${KILLS} kills, and the delegates finish voting on their own`, async () => {
    const random = chaosRandom();
    const dataDir = makeDataDir();
    const sessionFile = `${dataDir}.session.json`;
    writeFileSync(sessionFile, JSON.stringify(sessionWithSeats(SEATS)));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const socketUrl = `ws://127.0.0.1:${port}/ws`;
    const args = ['--port', String(port), '--host', '127.0.0.1', '--data', dataDir, '--session', sessionFile];
    let hub: ServeProcess = startServe(bundle.script, args);
    const connections: SessionConnection[] = [];
    let finished = false;
    try {
      await hub.ready();
      const tokens = pairingTokens(dataDir, url);
      const token = (id: string) => tokens.get(id) ?? '';
      const secretary = await TestSocket.connect(socketUrl, token('secretary'));
      const chair = await TestSocket.connect(socketUrl, token('chair'));
      const voteId = await createVote(secretary, resolutionCommand({ secret: true, quorum: { numerator: 2, denominator: 3, mode: 'off' } }));
      expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
      secretary.close();
      chair.close();

      const acked = new Set<number>();
      for (let seat = 1; seat <= SEATS; seat += 1) {
        connections.push(connectSession({ url: socketUrl, token: token(`seat-${seat}`), createSocket: (u) => new WebSocket(u) as unknown as SocketLike, commandTimeoutMs: 3000 }));
      }
      // Ballots are spread over the whole run, so that kills land while ballots are in flight.
      const spreadMs = KILLS * 900;
      const voting = connections.map((connection, index) => delegateVotes(connection, voteId, index + 1, random.next() * spreadMs, acked, () => finished));

      for (let kill = 1; kill <= KILLS; kill += 1) {
        await sleep(200 + random.next() * 600);
        const ackedBeforeKill = new Set(acked);
        hub.child.kill('SIGKILL');
        await hub.exited();

        // Copies, opened read-write through the store: a hot journal left by the kill is rolled back as the restarted hub will.
        const ballotsCopy = copyDatabaseAsLeft(join(activeSessionFolderOf(dataDir), 'ballots.sqlite'));
        const logCopy = copyDatabaseAsLeft(join(activeSessionFolderOf(dataDir), 'chamber.sqlite'));
        try {
          const ballots = openBallotStore(ballotsCopy.file);
          const stored = ballots.participants(voteId);
          // A resolution ballot adds one to exactly one counter: the counters add up to the ballots counted.
          const counts = ballots.tally({ id: voteId, secret: true, ...RESOLUTION_LAYOUT }).counts[MOTION_ROW] ?? {};
          const contents = Object.values(counts).reduce((sum, count) => sum + count, 0);
          ballots.close();
          for (const seat of ackedBeforeKill) expect(stored, `kill ${kill}: seat ${seat} was acknowledged`).toContain(seat);
          expect(new Set(stored).size).toBe(stored.length);
          expect(contents).toBe(stored.length);
          const log = openSqliteEventLog(logCopy.file);
          expect(log.verify().ok, `kill ${kill}: the chain`).toBe(true);
          expect(replay(log.readAfter(0).map((e) => e.event)).votes.find((vote) => vote.id === voteId)?.status).toBe('open');
          log.close();
        } finally {
          ballotsCopy.remove();
          logCopy.remove();
        }

        hub = startServe(bundle.script, args);
        await hub.ready();
      }

      await Promise.race([Promise.all(voting), sleep(60_000)]);
      expect(acked.size).toBe(SEATS);
      const chairAgain = await TestSocket.connect(socketUrl, token('chair'));
      expect(await chairAgain.command({ type: 'vote.close', voteId })).toMatchObject({ type: 'ack' });
      await chairAgain.until(() => (chairAgain.state.votes.find((vote) => vote.id === voteId)?.status === 'closed' ? true : undefined), 'the close');
      const tally = tallyOf(chairAgain.state.votes.find((vote) => vote.id === voteId));
      expect(tally?.participants).toBe(SEATS);
      const expected = { for: 0, against: 0, abstain: 0 };
      for (let seat = 1; seat <= SEATS; seat += 1) expected[choiceOf(seat)] += 1;
      expect(tally?.counts.motion).toEqual(expected);
    } finally {
      finished = true;
      for (const connection of connections) connection.stop();
      hub.child.kill('SIGKILL');
      removeDataDir(dataDir);
      removeDataDir(sessionFile);
    }
  });
});
