/**
 * A power cut, for real: the hub runs on an ext4 image mounted on a loop
 * device; once clients hold their acknowledgements, ext4's trigger_fs_error
 * stops the file system writing at once (what is not on disk is lost), the
 * hub is killed, and the machine comes back: unmount, e2fsck -fy, mount, and
 * the hub starts again on the same folder. Nothing acknowledged may be lost:
 * no ballot (and none counted twice), no vote event, no pairing change, no key,
 * and the event log's hash chain still verifies.
 * Eleven runs: single ballots, 30 at once, a cut during vote.open, during
 * pairing, one second after the very first start, and right after the first
 * start on a folder of the one-session layout (moved into sessions/<id>/).
 * Needs root (CI is).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli';
import { loadHubKey, loadOrCreateHubKey } from '../../src/main/hub/auth/hubKey';
import { deriveToken } from '../../src/main/hub/auth/tokens';
import { createSessionEngine } from '../../src/main/hub/sessionEngine';
import { openSqliteEventLog } from '../../src/main/hub/store/sqliteEventLog';
import { openBallotStore } from '../../src/main/hub/voting/ballotStore';
import { PROTOCOL_VERSION } from '../../src/shared/protocol';
import type { HubMessage } from '../../src/shared/protocol';
import { freePort } from '../helpers/freePort';
import { pairingTokens } from '../helpers/pairingTokens';
import { createPowerCutDisk } from '../helpers/powerCutDisk';
import type { PowerCutDisk } from '../helpers/powerCutDisk';
import { serveHub } from '../helpers/serveHub';
import type { ServedHub } from '../helpers/serveHub';
import { bundleServe } from '../helpers/serveProcess';
import type { ServeBundle } from '../helpers/serveProcess';
import { sessionWithSeats } from '../helpers/sessionWithSeats';
import { TestSocket } from '../helpers/testSocket';
import { ballot, choiceOf, createVote, resolutionCommand } from '../helpers/voting';
import { tallyOf } from '../../src/shared/core';

const SEATS = 30;
/** Written without a sync just before each cut: it must be gone afterwards, or the cut was not a real one. */
const UNSYNCED_MARKER = 'written after the last sync and never synced\n'.repeat(64);

let bundle: ServeBundle;
beforeAll(async () => {
  bundle = await bundleServe();
});
afterAll(() => bundle?.remove());

/** A hub on a disk whose power can be cut. */
interface Hall {
  disk: PowerCutDisk;
  dataDir: string;
  hub: ServedHub;
  token(principalId: string): string;
  connect(principalId: string): Promise<TestSocket>;
}

/**
 * Starts a hub on a fresh power-cut disk, runs `beforeCut`, cuts the power,
 * kills the hub, brings the machine back, starts the hub again on the same
 * folder and runs `afterRestart` with what `beforeCut` returned.
 */
async function powerCutRun<T>(
  options: { demoSession?: boolean; prepare?: (dataDir: string) => void },
  beforeCut: (hall: Hall) => Promise<T>,
  afterRestart: (hall: Hall, before: T) => Promise<void>,
): Promise<void> {
  const disk = createPowerCutDisk();
  const dataDir = join(disk.mountPoint, 'data');
  const sessionFile = options.demoSession ? undefined : join(tmpdir(), `${disk.mountPoint.replaceAll('/', '-')}-session.json`);
  if (sessionFile) writeFileSync(sessionFile, JSON.stringify(sessionWithSeats(SEATS)));
  const port = await freePort();
  options.prepare?.(dataDir);
  let hub = serveHub(bundle.script, { dataDir, port, ...(sessionFile ? { sessionFile } : {}) });
  const sockets: TestSocket[] = [];
  let tokens = new Map<string, string>();
  const hall: Hall = {
    disk,
    dataDir,
    get hub() {
      return hub;
    },
    token(principalId) {
      if (tokens.size === 0) tokens = pairingTokens(dataDir, hub.url);
      const token = tokens.get(principalId);
      if (token === undefined) throw new Error(`No token for ${principalId}`);
      return token;
    },
    async connect(principalId) {
      const socket = await TestSocket.connect(hub.socketUrl, hall.token(principalId));
      sockets.push(socket);
      return socket;
    },
  };
  try {
    await hub.process.ready();
    const before = await beforeCut(hall);

    const marker = join(disk.mountPoint, 'unsynced-marker');
    writeFileSync(marker, UNSYNCED_MARKER);
    disk.cutPower();
    expect(() => writeFileSync(join(disk.mountPoint, 'after-the-cut'), 'x'), 'the file system stops writing at the cut').toThrow(/EROFS|read-only/i);
    hub.process.child.kill('SIGKILL');
    await hub.process.exited();
    for (const socket of sockets.splice(0)) socket.close();
    disk.restore();
    const survived = existsSync(marker) ? readFileSync(marker, 'utf8') : '';
    expect(survived, 'a write that was never synced is lost, as in a power cut').not.toBe(UNSYNCED_MARKER);

    tokens = new Map();
    hub = serveHub(bundle.script, { dataDir, port, ...(sessionFile ? { sessionFile } : {}) });
    await hub.process.ready();
    const verifyOutput: string[] = [];
    expect(await runCli(['verify', '--data', dataDir], { out: (line) => verifyOutput.push(line), err: (line) => verifyOutput.push(line) }), verifyOutput.join('\n')).toBe(0);
    await afterRestart(hall, before);
  } finally {
    for (const socket of sockets) socket.close();
    hub.process.child.kill('SIGKILL');
    if (hub.process.child.exitCode === null && hub.process.child.signalCode === null) await hub.process.exited();
    if (sessionFile) rmSync(sessionFile, { force: true });
    disk.remove();
  }
}

/** Whether the hub takes `token` at hello (true) or closes the socket on it (false). */
async function tokenIsAccepted(socketUrl: string, token: string): Promise<boolean> {
  const socket = await TestSocket.open(socketUrl);
  try {
    socket.send({ type: 'hello', token, lastSeq: 0, protocolVersion: PROTOCOL_VERSION });
    return await socket.until(() => {
      if (socket.messages.some((m) => m.type === 'snapshot' || m.type === 'events')) return true;
      if (socket.closeCode !== null) return false;
      return undefined;
    }, 'the answer to hello');
  } finally {
    socket.close();
  }
}

function isAck(reply: HubMessage): reply is Extract<HubMessage, { type: 'ack' }> {
  return reply.type === 'ack';
}

/** Creates a secret resolution and opens it; returns its id. */
async function openSecretVote(hall: Hall): Promise<string> {
  const secretary = await hall.connect('secretary');
  const chair = await hall.connect('chair');
  const voteId = await createVote(secretary, resolutionCommand({ secret: true, quorum: { numerator: 2, denominator: 3, mode: 'off' } }));
  expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
  return voteId;
}

/** Casts seat N's ballot (choiceOf(N)) and returns the hub's reply. */
async function castBallot(hall: Hall, voteId: string, seat: number): Promise<HubMessage> {
  const delegate = await hall.connect(`seat-${seat}`);
  return delegate.command(ballot(voteId, seat, choiceOf(seat)));
}

/**
 * After the restart: every acknowledged ballot is found stored (sent again, it
 * is a duplicate), and once the vote closes, the tally counts exactly the
 * ballots that were sent, each once.
 */
async function expectCountedOnce(hall: Hall, voteId: string, acked: readonly number[], sent: readonly number[]): Promise<void> {
  const chair = await hall.connect('chair');
  expect(chair.state.votes.find((vote) => vote.id === voteId)?.status, 'the vote is still open').toBe('open');
  const lost: number[] = [];
  for (const seat of sent) {
    const reply = await castBallot(hall, voteId, seat);
    expect(reply, `seat ${seat}'s ballot sent again`).toMatchObject({ type: 'ack' });
    if (acked.includes(seat) && !(isAck(reply) && reply.duplicate === true)) lost.push(seat);
  }
  expect(lost, `seats whose acknowledged ballot was lost, of ${acked.length} acknowledged`).toEqual([]);
  expect(await chair.command({ type: 'vote.close', voteId })).toMatchObject({ type: 'ack' });
  const tally = await chair.until(() => tallyOf(chair.state.votes.find((vote) => vote.id === voteId && vote.status === 'closed')) ?? undefined, 'the tally');
  const expected = { for: 0, against: 0, abstain: 0 };
  for (const seat of sent) expected[choiceOf(seat)] += 1;
  expect(tally.participants).toBe(sent.length);
  expect(tally.counts.motion).toEqual(expected);
}

describe('a power cut right after the acknowledgements', () => {
  it.each([1, 2, 3])('keeps every one of 5 ballots acknowledged one at a time, each counted once (run %i)', async () => {
    await powerCutRun(
      {},
      async (hall) => {
        const voteId = await openSecretVote(hall);
        const seats = [1, 2, 3, 4, 5];
        for (const seat of seats) expect(await castBallot(hall, voteId, seat)).toMatchObject({ type: 'ack' });
        return { voteId, seats };
      },
      async (hall, { voteId, seats }) => expectCountedOnce(hall, voteId, seats, seats),
    );
  });

  it.each([1, 2, 3])('keeps all 30 ballots acknowledged together, each counted once (run %i)', async () => {
    await powerCutRun(
      {},
      async (hall) => {
        const voteId = await openSecretVote(hall);
        const seats = Array.from({ length: SEATS }, (_, index) => index + 1);
        const delegates = await Promise.all(seats.map((seat) => hall.connect(`seat-${seat}`)));
        const replies = await Promise.all(delegates.map((delegate, index) => delegate.command(ballot(voteId, index + 1, choiceOf(index + 1)))));
        for (const reply of replies) expect(reply).toMatchObject({ type: 'ack' });
        return { voteId, seats };
      },
      async (hall, { voteId, seats }) => expectCountedOnce(hall, voteId, seats, seats),
    );
  });

  it('keeps an acknowledged vote.open and the ballots acknowledged while the cut came, with the rest in flight', async () => {
    await powerCutRun(
      {},
      async (hall) => {
        const secretary = await hall.connect('secretary');
        const chair = await hall.connect('chair');
        const delegates = await Promise.all(Array.from({ length: SEATS }, (_, index) => hall.connect(`seat-${index + 1}`)));
        const voteId = await createVote(secretary, resolutionCommand({ secret: true, quorum: { numerator: 2, denominator: 3, mode: 'off' } }));
        const acked: number[] = [];
        // Each delegate votes the moment the vote opens; the cut comes as soon as the chair's open is acknowledged.
        const voting = delegates.map(async (delegate, index) => {
          const seat = index + 1;
          await delegate.until(() => (delegate.state.votes.some((vote) => vote.id === voteId && vote.status === 'open') ? true : undefined), 'the vote to open');
          const reply = await delegate.command(ballot(voteId, seat, choiceOf(seat))).catch(() => null);
          if (reply?.type === 'ack') acked.push(seat);
        });
        expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
        return { voteId, acked, voting };
      },
      async (hall, { voteId, acked, voting }) => {
        await Promise.allSettled(voting);
        const seats = Array.from({ length: SEATS }, (_, index) => index + 1);
        await expectCountedOnce(hall, voteId, [...acked], seats);
      },
    );
  });
});

describe('a power cut during pairing', () => {
  it('keeps an acknowledged reissue: the new link works and the old one is refused', async () => {
    await powerCutRun(
      {},
      async (hall) => {
        const oldToken = hall.token('seat-7');
        const secretary = await hall.connect('secretary');
        expect(await secretary.command({ type: 'pairing.reissue', principalId: 'seat-7' })).toMatchObject({ type: 'ack' });
        const newToken = pairingTokens(hall.dataDir, hall.hub.url).get('seat-7');
        expect(newToken).not.toBe(oldToken);
        return { oldToken, newToken: newToken ?? '' };
      },
      async (hall, { oldToken, newToken }) => {
        expect(hall.token('seat-7')).toBe(newToken);
        expect(await tokenIsAccepted(hall.hub.socketUrl, newToken)).toBe(true);
        expect(await tokenIsAccepted(hall.hub.socketUrl, oldToken)).toBe(false);
      },
    );
  });

  it('with a reissue in flight, comes back with either the new link or the old one still valid, never neither', async () => {
    await powerCutRun(
      {},
      async (hall) => {
        const oldToken = hall.token('seat-9');
        const secretary = await hall.connect('secretary');
        secretary.send({ type: 'command', requestId: 'reissue-in-flight', command: { type: 'pairing.reissue', principalId: 'seat-9' } });
        return { oldToken };
      },
      async (hall, { oldToken }) => {
        const current = hall.token('seat-9');
        expect(await tokenIsAccepted(hall.hub.socketUrl, current), 'the link the hub now shows works').toBe(true);
        if (current !== oldToken) expect(await tokenIsAccepted(hall.hub.socketUrl, oldToken), 'the replaced link').toBe(false);
        expect(await tokenIsAccepted(hall.hub.socketUrl, hall.token('seat-8')), 'another seat is untouched').toBe(true);
      },
    );
  });
});

describe('a power cut one second after the very first start', () => {
  it('starts again with the same key, the same links and every document of the demo session', async () => {
    await powerCutRun(
      { demoSession: true },
      async (hall) => {
        const secretaryToken = hall.token('secretary');
        const seatToken = hall.token('seat-1');
        const secretary = await hall.connect('secretary');
        const documents = secretary.state.documents.map((document) => document.sha256);
        expect(documents.length).toBeGreaterThan(0);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        return { secretaryToken, seatToken, documents };
      },
      async (hall, { secretaryToken, seatToken, documents }) => {
        expect(await tokenIsAccepted(hall.hub.socketUrl, secretaryToken)).toBe(true);
        expect(await tokenIsAccepted(hall.hub.socketUrl, seatToken)).toBe(true);
        const secretary = await hall.connect('secretary');
        expect(secretary.state.documents.map((document) => document.sha256)).toEqual(documents);
        for (const sha256 of documents) {
          const response = await fetch(`${hall.hub.url}/documents/${sha256}.pdf`, { headers: { authorization: `Bearer ${seatToken}` } });
          expect(response.status).toBe(200);
          expect(createHash('sha256').update(Buffer.from(await response.arrayBuffer())).digest('hex')).toBe(sha256);
        }
      },
    );
  });
});

describe('a power cut right after the first start on a folder of the one-session layout', () => {
  it('comes back with the session moved into its folder, the same session, the same links and the same vote', async () => {
    let sessionId = '';
    await powerCutRun(
      {
        prepare: (dataDir) => {
          // The data folder as a hub from before the session list left it: both databases at the top.
          mkdirSync(dataDir, { recursive: true, mode: 0o700 });
          const log = openSqliteEventLog(join(dataDir, 'chamber.sqlite'));
          const engine = createSessionEngine({ log, key: loadOrCreateHubKey(dataDir, { sessionExists: false }) });
          engine.seedIfEmpty(sessionWithSeats(SEATS));
          sessionId = engine.state().session?.id ?? '';
          log.close();
          openBallotStore(join(dataDir, 'ballots.sqlite')).close();
        },
      },
      async (hall) => {
        const voteId = await openSecretVote(hall);
        expect(await castBallot(hall, voteId, 1)).toMatchObject({ type: 'ack' });
        const tokens = { secretary: hall.token('secretary'), seat: hall.token('seat-2') };
        expect(tokens.seat).toBe(deriveToken(loadHubKey(hall.dataDir), sessionId, 'seat-2', 1));
        return { voteId, tokens };
      },
      async (hall, { voteId, tokens }) => {
        expect(existsSync(join(hall.dataDir, 'chamber.sqlite'))).toBe(false);
        expect(existsSync(join(hall.dataDir, 'sessions', sessionId, 'chamber.sqlite'))).toBe(true);
        expect(await tokenIsAccepted(hall.hub.socketUrl, tokens.secretary)).toBe(true);
        expect(await tokenIsAccepted(hall.hub.socketUrl, tokens.seat)).toBe(true);
        const secretary = await hall.connect('secretary');
        expect(secretary.state.session?.id).toBe(sessionId);
        await expectCountedOnce(hall, voteId, [1], [1]);
      },
    );
  });
});
