/**
 * Every session of the term in one data folder, over real sockets and SQLite
 * on disk: a session runs a vote and ends; the next one is made from it; the
 * same iPad token reaches it (a vacated seat's does not); the old session,
 * served again, is read-only with the same result; a running session cannot
 * be left; a client resuming with the old session's seq gets a snapshot; a
 * restart keeps the active session; a page turn still waiting is committed
 * before the switch closes the sockets.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionFolder } from '../../../src/main/hub/dataFolder';
import { openSqliteEventLog } from '../../../src/main/hub/store/sqliteEventLog';
import { CLOSE_CODES, PROTOCOL_VERSION } from '../../../src/shared/protocol';
import type { HubMessage, VoteInfo } from '../../../src/shared/protocol';
import type { Hub } from '../../../src/main/hub/startHub';
import { catalogCall, createdId } from '../../helpers/catalogApi';
import { councilDefinition } from '../../helpers/councilDefinition';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';
import { makePdf } from '../../helpers/testPdfs';
import { ManualClock } from '../../helpers/manualClock';
import { uploadTestDocument } from '../../helpers/uploadTestDocument';
import { TestSocket } from '../../helpers/testSocket';
import { ballot, createVote, resolutionCommand } from '../../helpers/voting';

let dataDir: string;
let hub: Hub;
const sockets: TestSocket[] = [];
beforeEach(async () => {
  dataDir = makeDataDir();
  hub = await startTestHub(dataDir, { seed: undefined });
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await hub.stop();
  removeDataDir(dataDir);
});

async function connect(token: string, resume: number | { state: TestSocket['state']; seq: number } = 0): Promise<TestSocket> {
  const socket = await TestSocket.connect(socketUrl(hub), token, resume);
  sockets.push(socket);
  return socket;
}

const NEXT_SESSION = {
  title: 'Kỳ họp thứ hai',
  number: 2,
  kind: 'regular',
  startDate: '2026-12-10',
  endDate: '2026-12-11',
  sittings: [
    { key: 'a', title: 'Phiên thứ nhất', date: '2026-12-10', period: 'morning' },
    { key: 'b', title: 'Phiên thứ hai', date: '2026-12-11', period: 'afternoon' },
  ],
};

/** Creates the first session in the console, opens it, runs and publishes a vote of five seats, vacates seat 5 and ends it. */
async function runFirstSession(): Promise<{ id: string; vote: VoteInfo; secretary: TestSocket }> {
  const id = createdId(await catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition('Kỳ họp thứ nhất', 5) } }));
  const secretary = await connect(tokenOf(hub, 'secretary'));
  expect(await secretary.command({ type: 'session.open' })).toMatchObject({ type: 'ack' });
  const chair = await connect(tokenOf(hub, 'chair'));
  const voteId = await createVote(secretary, resolutionCommand({ quorum: { numerator: 2, denominator: 3, mode: 'off' } }));
  expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
  for (const [seat, option] of [[1, 'for'], [2, 'for'], [3, 'for'], [4, 'against']] as const) {
    const delegate = await connect(tokenOf(hub, `seat-${seat}`));
    expect(await delegate.command(ballot(voteId, seat, option))).toMatchObject({ type: 'ack' });
  }
  expect(await chair.command({ type: 'vote.close', voteId })).toMatchObject({ type: 'ack' });
  expect(await chair.command({ type: 'vote.publish', voteId })).toMatchObject({ type: 'ack' });
  expect(await secretary.command({ type: 'seat.vacate', seat: 5, at: Date.now(), reason: 'Chuyển công tác' })).toMatchObject({ type: 'ack' });
  expect(await secretary.command({ type: 'session.end' })).toMatchObject({ type: 'ack' });
  const vote = hub.engine.state().votes.find((candidate) => candidate.id === voteId);
  if (vote?.status !== 'published') throw new Error('the vote was not published');
  return { id, vote, secretary };
}

describe('every session of the term in one data folder', () => {
  it('makes the next session from an ended one, and the same iPad token reaches it while a vacated seat\'s is refused', async () => {
    const first = await runFirstSession();
    const seat1Token = tokenOf(hub, 'seat-1');
    const seat5OldToken = hub.engine.state().principals['seat-5'];
    expect(seat5OldToken?.generation).toBe(2);

    const next = await catalogCall(hub, 'POST', `/api/sessions/${first.id}/next`, { token: hub.consoleToken, body: NEXT_SESSION });
    expect(next.status).toBe(201);
    const nextId = createdId(next);
    expect(nextId).not.toBe(first.id);
    expect(hub.activeSessionId()).toBe(nextId);
    // The first session's sockets were told the hub serves another session.
    expect(await first.secretary.waitForClose()).toBe(CLOSE_CODES.sessionChanged);

    const state = hub.engine.state();
    expect(state.session).toMatchObject({ id: nextId, termId: first.id, status: 'preparing', title: 'Kỳ họp thứ hai', number: 2 });
    expect(state.seats.map((seat) => seat.seat)).toEqual([1, 2, 3, 4, 5]);
    expect(state.seats.find((seat) => seat.seat === 5)?.vacantFrom).toEqual(expect.any(Number));
    // Never the old session's votes or documents.
    expect(state.votes).toEqual([]);
    expect(state.documents).toEqual([]);

    const delegate = await connect(seat1Token);
    expect(delegate.state.session?.id).toBe(nextId);
    expect(delegate.messages.find((m) => m.type === 'welcome')).toMatchObject({ sessionId: nextId, principal: { id: 'seat-1' } });

    // Seat 5's link was revoked by the vacancy (generation 2): its generation-1 token stays refused.
    const { deriveToken } = await import('../../../src/main/hub/auth/tokens');
    const { loadHubKey } = await import('../../../src/main/hub/auth/hubKey');
    const revoked = await TestSocket.open(socketUrl(hub));
    sockets.push(revoked);
    revoked.send({ type: 'hello', token: deriveToken(loadHubKey(dataDir), first.id, 'seat-5', 1), lastSeq: 0, protocolVersion: PROTOCOL_VERSION });
    expect(await revoked.waitForClose()).toBe(CLOSE_CODES.revoked);
    // It is told why: the seat was vacated, so no new card waits for it.
    expect(revoked.messages).toContainEqual({ type: 'revoked', reason: 'vacated' });
    // Its newest token (generation 2) is no link either: a vacant seat has none.
    const newest = await TestSocket.open(socketUrl(hub));
    sockets.push(newest);
    newest.send({ type: 'hello', token: deriveToken(loadHubKey(dataDir), first.id, 'seat-5', 2), lastSeq: 0, protocolVersion: PROTOCOL_VERSION });
    expect(await newest.waitForClose()).toBe(CLOSE_CODES.revoked);
    expect(hub.pairingLinks().some((link) => link.principalId === 'seat-5')).toBe(false);
  });

  it('serves an ended session again read-only (commands and uploads refused), with the same published result, once the next one is still preparing', async () => {
    const first = await runFirstSession();
    const nextId = createdId(await catalogCall(hub, 'POST', `/api/sessions/${first.id}/next`, { token: hub.consoleToken, body: NEXT_SESSION }));
    expect(hub.activeSessionId()).toBe(nextId);

    const back = await catalogCall(hub, 'POST', `/api/sessions/${first.id}/activate`, { token: hub.consoleToken, body: {} });
    expect(back).toEqual({ status: 200, body: { id: first.id } });
    expect(hub.engine.state().session).toMatchObject({ id: first.id, status: 'ended' });
    expect(hub.engine.state().votes.find((vote) => vote.id === first.vote.id)).toEqual(first.vote);

    const secretary = await connect(tokenOf(hub, 'secretary'));
    const seq = hub.engine.seq();
    for (const command of [
      { type: 'agenda.setCurrent', itemId: null },
      resolutionCommand(),
      { type: 'seat.update', seat: 1, changes: { name: 'Tên mới' } },
    ] as const) {
      expect(await secretary.command(command), command.type).toMatchObject({ type: 'error', code: 'session_ended' });
    }
    const upload = await fetch(`${hub.localUrl}/api/documents?${new URLSearchParams({ itemId: hub.engine.state().agenda[0]?.id ?? '', fileName: 'muon.pdf' })}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokenOf(hub, 'secretary')}` },
      body: (await makePdf(1, 'Tai lieu muon')) as Uint8Array<ArrayBuffer>,
    });
    expect(upload.status).toBe(400);
    expect(await upload.json()).toEqual({ error: 'invalid', message: expect.stringMatching(/ended/) });
    expect(hub.engine.seq()).toBe(seq);
    expect(hub.engine.state().documents).toEqual([]);
    expect(hub.catalog().sessions.map((session) => [session.id, session.status])).toEqual([
      [first.id, 'ended'],
      [nextId, 'preparing'],
    ]);
  });

  it('refuses to leave an open session (409 session_running) and changes nothing', async () => {
    const demoId = createdId(await catalogCall(hub, 'POST', '/api/sessions/demo', { token: hub.consoleToken, body: {} }));
    expect(hub.engine.state().session?.status).toBe('open');
    const before = hub.catalog();
    const seq = hub.engine.seq();
    const delegate = await connect(tokenOf(hub, 'seat-1'));

    const refusals = [
      await catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition() } }),
      await catalogCall(hub, 'POST', '/api/sessions/demo', { token: hub.consoleToken, body: {} }),
      await catalogCall(hub, 'POST', `/api/sessions/${demoId}/next`, { token: hub.consoleToken, body: NEXT_SESSION }),
    ];
    for (const refusal of refusals) {
      expect(refusal).toEqual({ status: 409, body: { error: 'session_running', message: expect.any(String), sessionId: demoId, title: before.sessions[0]?.title } });
    }
    expect(hub.catalog()).toEqual(before);
    expect(hub.activeSessionId()).toBe(demoId);
    expect(hub.engine.seq()).toBe(seq);
    expect(delegate.closeCode).toBeNull();
  });

  it('answers a client resuming with the old session\'s seq with the new session\'s snapshot, never a replay', async () => {
    const firstId = createdId(await catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition('Kỳ họp A', 3) } }));
    const secretary = await connect(tokenOf(hub, 'secretary'));
    for (let i = 0; i < 5; i += 1) expect(await secretary.command({ type: 'session.update', changes: { place: `Hội trường ${i}` } })).toMatchObject({ type: 'ack' });
    const oldSeq = secretary.seq;
    const token = tokenOf(hub, 'secretary');

    const secondId = createdId(await catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: { ...councilDefinition('Kỳ họp B', 3), place: 'Hội trường B' } } }));
    expect(await secretary.waitForClose()).toBe(CLOSE_CODES.sessionChanged);
    // A new session of its own term: its own secretary token.
    const newToken = tokenOf(hub, 'secretary');
    expect(newToken).not.toBe(token);

    const resumed = await TestSocket.open(socketUrl(hub));
    sockets.push(resumed);
    resumed.send({ type: 'hello', token: newToken, lastSeq: Math.min(oldSeq, hub.engine.seq()), protocolVersion: PROTOCOL_VERSION, sessionId: firstId });
    const catchUp = await resumed.waitFor((m): m is Extract<HubMessage, { type: 'snapshot' | 'events' }> => m.type === 'snapshot' || m.type === 'events', 'the catch-up');
    expect(catchUp.type).toBe('snapshot');
    expect(resumed.state.session).toMatchObject({ id: secondId, place: 'Hội trường B' });
  });

  it('commits and acknowledges the page turn still waiting in its window before it closes the old session\'s sockets', async () => {
    const clock = new ManualClock();
    await hub.stop();
    hub = await startTestHub(dataDir, { seed: undefined, clock });
    const firstId = createdId(await catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition('Kỳ họp A', 3) } }));
    const document = await uploadTestDocument(hub, hub.engine.state().agenda[0]?.id ?? '', 'to-trinh.pdf', await makePdf(3, 'To trinh'));
    const secretary = await connect(tokenOf(hub, 'secretary'));
    const from = secretary.messages.length;
    for (const page of [1, 2]) secretary.send({ type: 'command', requestId: `turn-${page}`, command: { type: 'presentation.show', documentId: document.id, page, offset: 0 } });
    secretary.send({ type: 'ping' });
    await secretary.waitFor((m) => m.type === 'pong', 'the pong after the turns', from);
    // The second turn waits for the window's end, which the test clock never reaches.
    expect(secretary.messages.slice(from).filter((m) => m.type === 'ack').map((m) => (m.type === 'ack' ? m.requestId : ''))).toEqual(['turn-1']);
    const seqBefore = hub.engine.seq();

    createdId(await catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition('Kỳ họp B', 3) } }));
    expect(await secretary.waitForClose()).toBe(CLOSE_CODES.sessionChanged);
    expect(secretary.messages.slice(from).find((m) => m.type === 'ack' && m.requestId === 'turn-2')).toMatchObject({ seq: seqBefore + 1 });
    const log = openSqliteEventLog(join(sessionFolder(dataDir, firstId), 'chamber.sqlite'), { readonly: true });
    const last = log.readAfter(0).at(-1);
    log.close();
    expect(last).toMatchObject({ seq: seqBefore + 1, event: { type: 'presentation.shown', presentation: { documentId: document.id, page: 2, offset: 0 } } });
  });

  it('keeps the active session, and every session of the folder, across a restart', async () => {
    const firstId = createdId(await catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition('Kỳ họp A', 3) } }));
    const secondId = createdId(await catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition('Kỳ họp B', 4) } }));
    expect(createdId(await catalogCall(hub, 'POST', `/api/sessions/${firstId}/activate`, { token: hub.consoleToken, body: {} }))).toBe(firstId);
    const listing = hub.catalog();
    const consoleToken = hub.consoleToken;
    await hub.stop();

    hub = await startTestHub(dataDir, { seed: undefined });
    expect(hub.activeSessionId()).toBe(firstId);
    expect(hub.catalog()).toEqual(listing);
    expect(hub.consoleToken).toBe(consoleToken);
    expect(hub.engine.state().seats).toHaveLength(3);
    expect(listing.sessions.map((session) => session.id)).toEqual([firstId, secondId]);
  });
});
