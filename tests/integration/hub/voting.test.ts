import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { namedListOf, tallyOf } from '../../../src/shared/core';
import { openSqliteEventLog } from '../../../src/main/hub/store/sqliteEventLog';
import type { Hub } from '../../../src/main/hub/startHub';
import { sessionWithSeats } from '../../helpers/sessionWithSeats';
import { activeSessionFolder, socketUrl, tokenOf, useFreshHub } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';
import { ballot, choiceOf, createVote, resolutionCommand } from '../../helpers/voting';

const SEATS = 60;
let hub: Hub;
let dir: string;
useFreshHub(
  (fresh, freshDir) => {
    hub = fresh;
    dir = freshDir;
  },
  { seed: sessionWithSeats(SEATS), seedDocumentsDir: undefined },
);

async function hall(seats = SEATS) {
  const url = socketUrl(hub);
  const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
  const chair = await TestSocket.connect(url, tokenOf(hub, 'chair'));
  const delegates = await Promise.all(Array.from({ length: seats }, (_, i) => TestSocket.connect(url, tokenOf(hub, `seat-${i + 1}`))));
  return { secretary, chair, delegates };
}

describe('a vote over real sockets', () => {
  it('[V1] [V10] 60 delegates vote by name: every ballot is acknowledged, the tally is exact, the named list correct, and it is published', async () => {
    const { secretary, chair, delegates } = await hall();
    const voteId = await createVote(secretary, resolutionCommand());
    expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
    await delegates[0]?.until(() => (delegates[0]?.state.votes[0]?.status === 'open' ? true : undefined), 'the open vote on an iPad');

    const voters = delegates.slice(0, 57);
    const replies = await Promise.all(voters.map((socket, index) => socket.command(ballot(voteId, index + 1, choiceOf(index + 1)))));
    for (const reply of replies) expect(reply).toMatchObject({ type: 'ack', receipt: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/) });

    const progress = await chair.until(() => {
      const latest = [...chair.messages].reverse().find((m) => m.type === 'voteProgress');
      return latest?.type === 'voteProgress' && latest.cast === 57 ? latest : undefined;
    }, 'the chair to see 57/60');
    expect(progress).toMatchObject({ eligible: 60, notVoted: [58, 59, 60] });

    expect(await chair.command({ type: 'vote.close', voteId })).toMatchObject({ type: 'ack' });
    const closed = hub.engine.state().votes[0];
    const expected = { for: 0, against: 0, abstain: 0 };
    for (let seat = 1; seat <= 57; seat += 1) expected[choiceOf(seat)] += 1;
    expect(tallyOf(closed)).toEqual({ participants: 57, counts: { motion: expected } });
    expect(namedListOf(closed)).toHaveLength(57);
    expect(namedListOf(closed)?.find((named) => named.seat === 10)?.selections).toEqual([{ row: 'motion', option: choiceOf(10) }]);

    await delegates[5]?.until(() => (delegates[5]?.state.votes[0]?.status === 'closed' ? true : undefined), 'the close on an iPad');
    expect(tallyOf(delegates[5]?.state.votes[0])).toBeNull();
    expect(await chair.command({ type: 'vote.publish', voteId })).toMatchObject({ type: 'ack' });
    await delegates[5]?.until(() => (delegates[5]?.state.votes[0]?.status === 'published' ? true : undefined), 'the publication');
    expect(tallyOf(delegates[5]?.state.votes[0])).toEqual({ participants: 57, counts: { motion: expected } });
    expect(namedListOf(delegates[5]?.state.votes[0])).toBeNull();
    expect(namedListOf(secretary.state.votes[0])).toHaveLength(57);
  });

  it('[S4] the chair waits only for the seats the vote counted: a seat vacant before it opened is neither eligible nor listed as not voted', async () => {
    const { secretary, chair, delegates } = await hall(3);
    expect(await secretary.command({ type: 'seat.vacate', seat: 60, at: Date.now() - 1000, reason: 'Chuyển công tác' })).toMatchObject({ type: 'ack' });
    const voteId = await createVote(secretary, resolutionCommand());
    expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
    expect(await delegates[0]?.command(ballot(voteId, 1, choiceOf(1)))).toMatchObject({ type: 'ack' });
    const progress = await chair.until(() => {
      const latest = [...chair.messages].reverse().find((m) => m.type === 'voteProgress' && m.voteId === voteId);
      return latest?.type === 'voteProgress' && latest.cast === 1 ? latest : undefined;
    }, 'the chair to see the first ballot');
    expect(progress).toMatchObject({ eligible: SEATS - 1 });
    expect(progress.type === 'voteProgress' ? progress.notVoted : null).toEqual(Array.from({ length: SEATS - 2 }, (_, index) => index + 2));
  });

  it('[V6] a secret vote keeps who took part apart from what the ballots say, down to the database file', async () => {
    const { secretary, chair, delegates } = await hall(30);
    const voteId = await createVote(secretary, resolutionCommand({ secret: true }));
    await chair.command({ type: 'vote.open', voteId });
    await Promise.all(delegates.map((socket, index) => socket.command(ballot(voteId, index + 1, choiceOf(index + 1)))));
    const progress = await chair.until(() => {
      const latest = [...chair.messages].reverse().find((m) => m.type === 'voteProgress');
      return latest?.type === 'voteProgress' && latest.cast === 30 ? latest : undefined;
    }, 'the chair to see 30/30');
    expect(progress.notVoted).toBeNull();
    await chair.command({ type: 'vote.close', voteId });
    const vote = hub.engine.state().votes[0];
    expect(tallyOf(vote)).toEqual({ participants: 30, counts: { motion: { for: 10, against: 10, abstain: 10 } } });
    expect(namedListOf(vote)).toBeNull();

    const db = new Database(join(activeSessionFolder(hub, dir), 'ballots.sqlite'), { readonly: true });
    try {
      const columns = (table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
      const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((row) => row.name);
      expect(tables).toEqual(['open_ballots', 'participation', 'secret_counts']);
      expect(columns('participation')).toEqual(['vote_id', 'seat', 'ballot_id', 'receipt']);
      expect(columns('secret_counts')).toEqual(['vote_id', 'row', 'option', 'count']);
      // One counter per answer, made together, never one row per ballot.
      expect((db.prepare('SELECT row, option FROM secret_counts WHERE vote_id = ? ORDER BY option').all(voteId) as Array<{ option: string }>).map((row) => row.option)).toEqual(['abstain', 'against', 'for']);
      expect(db.prepare('SELECT COUNT(*) AS n FROM open_ballots').get()).toEqual({ n: 0 });
      const seats = db.prepare('SELECT seat FROM participation WHERE vote_id = ?').all(voteId) as Array<{ seat: number }>;
      expect(seats.map((row) => row.seat)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      db.close();
    }
    const log = openSqliteEventLog(join(activeSessionFolder(hub, dir), 'chamber.sqlite'), { readonly: true });
    const types = log.readAfter(0).map((stored) => stored.event.type);
    log.close();
    expect(types.filter((type) => type.startsWith('vote.'))).toEqual(['vote.created', 'vote.opened', 'vote.closed']);
  });

  it('[V2] a retried ballot (same id) is acknowledged again with its original receipt and the stored choice, and counted once', async () => {
    const { secretary, chair, delegates } = await hall(3);
    const voteId = await createVote(secretary, resolutionCommand());
    await chair.command({ type: 'vote.open', voteId });
    const first = await delegates[0]?.command(ballot(voteId, 1, 'for', 'retry-me-1'));
    const again = await delegates[0]?.command(ballot(voteId, 1, 'for', 'retry-me-1'));
    if (first?.type !== 'ack') throw new Error(`first ballot refused: ${JSON.stringify(first)}`);
    expect(again).toEqual({ type: 'ack', requestId: expect.any(String), seq: expect.any(Number), receipt: first.receipt, duplicate: true, selections: [{ row: 'motion', option: 'for' }] });
    await chair.command({ type: 'vote.close', voteId });
    expect(tallyOf(hub.engine.state().votes[0])?.participants).toBe(1);
  });

  it('[V2] a retry that carries another choice under the same ballot id is answered with the choice the hub counted', async () => {
    const { secretary, chair, delegates } = await hall(2);
    const voteId = await createVote(secretary, resolutionCommand());
    await chair.command({ type: 'vote.open', voteId });
    const first = await delegates[0]?.command(ballot(voteId, 1, 'against', 'lost-ack-1'));
    const retry = await delegates[0]?.command(ballot(voteId, 1, 'abstain', 'lost-ack-1'));
    if (first?.type !== 'ack') throw new Error(`first ballot refused: ${JSON.stringify(first)}`);
    expect(retry).toMatchObject({ type: 'ack', duplicate: true, receipt: first.receipt, selections: [{ row: 'motion', option: 'against' }] });
    await chair.command({ type: 'vote.close', voteId });
    expect(tallyOf(hub.engine.state().votes[0])?.counts.motion).toEqual({ for: 0, against: 1, abstain: 0 });
  });

  it('[V2] [V6] a retried secret ballot gets its original receipt back and no choice', async () => {
    const { secretary, chair, delegates } = await hall(2);
    const voteId = await createVote(secretary, resolutionCommand({ secret: true }));
    await chair.command({ type: 'vote.open', voteId });
    const first = await delegates[1]?.command(ballot(voteId, 2, 'for', 'secret-retry-2'));
    const retry = await delegates[1]?.command(ballot(voteId, 2, 'for', 'secret-retry-2'));
    if (first?.type !== 'ack') throw new Error(`first ballot refused: ${JSON.stringify(first)}`);
    expect(retry).toEqual({ type: 'ack', requestId: expect.any(String), seq: expect.any(Number), receipt: first.receipt, duplicate: true });
    await chair.command({ type: 'vote.close', voteId });
    expect(tallyOf(hub.engine.state().votes[0])).toEqual({ participants: 1, counts: { motion: { for: 1, against: 0, abstain: 0 } } });
  });

  it('[V2] a retry that arrives after the close is answered with what was counted, and another seat or ballot id is still refused', async () => {
    const { secretary, chair, delegates } = await hall(3);
    const openVote = await createVote(secretary, resolutionCommand());
    const secretVote = await createVote(secretary, resolutionCommand({ secret: true }));
    await chair.command({ type: 'vote.open', voteId: openVote });
    const openFirst = await delegates[0]?.command(ballot(openVote, 1, 'against', 'late-retry-open-1'));
    await chair.command({ type: 'vote.close', voteId: openVote });
    await chair.command({ type: 'vote.open', voteId: secretVote });
    const secretFirst = await delegates[0]?.command(ballot(secretVote, 1, 'for', 'late-retry-secret-1'));
    await chair.command({ type: 'vote.close', voteId: secretVote });
    if (openFirst?.type !== 'ack' || secretFirst?.type !== 'ack') throw new Error(`a first ballot was refused: ${JSON.stringify([openFirst, secretFirst])}`);

    expect(await delegates[0]?.command(ballot(openVote, 1, 'for', 'late-retry-open-1'))).toMatchObject({
      type: 'ack',
      duplicate: true,
      receipt: openFirst.receipt,
      selections: [{ row: 'motion', option: 'against' }],
    });
    expect(await delegates[0]?.command(ballot(secretVote, 1, 'for', 'late-retry-secret-1'))).toEqual({ type: 'ack', requestId: expect.any(String), seq: expect.any(Number), receipt: secretFirst.receipt, duplicate: true });
    expect(await delegates[0]?.command(ballot(openVote, 1, 'for', 'late-new-ballot-1'))).toMatchObject({ type: 'error', code: 'vote_not_open' });
    expect(await delegates[1]?.command(ballot(openVote, 1, 'for', 'late-retry-open-1'))).toMatchObject({ type: 'error', code: 'forbidden' });
    expect(await delegates[1]?.command(ballot(openVote, 2, 'for', 'late-retry-open-1'))).toMatchObject({ type: 'error', code: 'vote_not_open' });
  });

  it('[V5] a second ballot with a new id is refused when changes are off, and replaces the first when they are on', async () => {
    const { secretary, chair, delegates } = await hall(2);
    const locked = await createVote(secretary, resolutionCommand());
    await chair.command({ type: 'vote.open', voteId: locked });
    await delegates[0]?.command(ballot(locked, 1, 'for', 'first-ballot'));
    expect(await delegates[0]?.command(ballot(locked, 1, 'against', 'second-ballot'))).toMatchObject({ type: 'error', code: 'already_voted' });
    await chair.command({ type: 'vote.close', voteId: locked });
    expect(tallyOf(hub.engine.state().votes[0])?.counts.motion).toEqual({ for: 1, against: 0, abstain: 0 });

    const changeable = await createVote(secretary, resolutionCommand({ allowChange: true }));
    await chair.command({ type: 'vote.open', voteId: changeable });
    await delegates[0]?.command(ballot(changeable, 1, 'for', 'first-ballot-2'));
    expect(await delegates[0]?.command(ballot(changeable, 1, 'against', 'second-ballot-2'))).toMatchObject({ type: 'ack' });
    await chair.command({ type: 'vote.close', voteId: changeable });
    expect(tallyOf(hub.engine.state().votes[1])).toEqual({ participants: 1, counts: { motion: { for: 0, against: 1, abstain: 0 } } });
  });
});

describe('bad ballots and commands change nothing', () => {
  it('[V7] refuses ballots for a vote not open or closed, with an option not on it, too many choices, or for another seat', async () => {
    const { secretary, chair, delegates } = await hall(3);
    const voteId = await createVote(secretary, resolutionCommand());
    const voter = delegates[0] as TestSocket;
    expect(await voter.command(ballot(voteId, 1, 'for'))).toMatchObject({ type: 'error', code: 'vote_not_open' });
    await chair.command({ type: 'vote.open', voteId });
    expect(await voter.command({ type: 'vote.cast', voteId, seat: 1, ballotId: 'bad-option-1', selections: [{ row: 'motion', option: 'maybe' }] })).toMatchObject({ type: 'error', code: 'invalid_choice' });
    expect(await voter.command(ballot(voteId, 2, 'for'))).toMatchObject({ type: 'error', code: 'forbidden' });
    await chair.command({ type: 'vote.close', voteId });
    expect(await voter.command(ballot(voteId, 1, 'for'))).toMatchObject({ type: 'error', code: 'vote_not_open' });
    expect(tallyOf(hub.engine.state().votes[0])?.participants).toBe(0);

    const election = await createVote(secretary, resolutionCommand({ kind: 'election', secret: true, names: ['A', 'B', 'C'], maxChoices: 1, title: 'Bầu Phó Chủ tịch' }));
    await chair.command({ type: 'vote.open', voteId: election });
    const rows = hub.engine.state().votes[1]?.rows.map((row) => row.id) ?? [];
    const tooMany = await voter.command({ type: 'vote.cast', voteId: election, seat: 1, ballotId: 'too-many-1', selections: rows.slice(0, 2).map((row) => ({ row, option: 'yes' })) });
    expect(tooMany).toMatchObject({ type: 'error', code: 'too_many_choices' });
    await chair.command({ type: 'vote.close', voteId: election });
    expect(tallyOf(hub.engine.state().votes[1])?.participants).toBe(0);
  });

  it('[V8] [V9] refuses opening without quorum when the quorum blocks, and publishing before closing', async () => {
    const { secretary, chair } = await hall(10);
    const voteId = await createVote(secretary, resolutionCommand({ quorum: { numerator: 2, denominator: 3, mode: 'block' } }));
    const seq = hub.engine.seq();
    expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'error', code: 'quorum_not_met' });
    expect(await chair.command({ type: 'vote.publish', voteId })).toMatchObject({ type: 'error', code: 'not_closed' });
    expect(hub.engine.seq()).toBe(seq);
    expect(hub.engine.state().votes[0]?.status).toBe('created');
  });

  it('[A1] refuses the chair’s commands from everyone else', async () => {
    const { secretary, delegates } = await hall(2);
    const voteId = await createVote(secretary, resolutionCommand());
    for (const socket of [secretary, delegates[0] as TestSocket]) {
      for (const command of [{ type: 'vote.open', voteId }, { type: 'vote.close', voteId }, { type: 'vote.publish', voteId }, { type: 'vote.cancel', voteId, reason: 'x' }] as const) {
        expect(await socket.command(command)).toMatchObject({ type: 'error', code: 'forbidden' });
      }
    }
    expect(hub.engine.state().votes[0]?.status).toBe('created');
  });

  it('[V4] refuses an open or changeable election or confidence vote with secret_by_law, and the hub and the log stay as they were', async () => {
    const { secretary } = await hall(2);
    const seq = hub.engine.seq();
    const refused = [
      resolutionCommand({ kind: 'election', names: ['Nguyễn Văn An'], secret: false, title: 'Bầu Chủ tịch HĐND' }),
      resolutionCommand({ kind: 'election', names: ['Nguyễn Văn An'], secret: true, allowChange: true, title: 'Bầu Chủ tịch HĐND' }),
      resolutionCommand({ kind: 'confidence', names: ['Trần Thị Bình'], secret: false, title: 'Lấy phiếu tín nhiệm' }),
    ];
    for (const command of refused) {
      expect(await secretary.command(command)).toMatchObject({ type: 'error', code: 'secret_by_law', requestId: expect.any(String) });
    }
    expect(hub.engine.seq()).toBe(seq);
    expect(hub.engine.state().votes).toEqual([]);
    expect(await secretary.command(resolutionCommand({ kind: 'election', names: ['Nguyễn Văn An'], secret: true, title: 'Bầu Chủ tịch HĐND' }))).toMatchObject({ type: 'ack' });
  });
});
