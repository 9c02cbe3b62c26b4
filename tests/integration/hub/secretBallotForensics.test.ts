/**
 * Secret ballots leave nothing in the data folder that ties a seat to a
 * choice. A real hub on a temporary folder takes secret votes of 10, 58 and 95
 * ballots (a resolution, an election of up to 3 of 5 candidates, a confidence
 * vote on 4 officials) from real sockets. The whole folder is copied right
 * after single acknowledgements mid-vote and after each vote, and every copy is
 * attacked: raw bytes of every file, free space and free pages, leftover
 * journals, rows paired by where they sit in the pages, and counters that
 * might move when they change.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import { namedListOf, tallyBallots, tallyOf } from '../../../src/shared/core';
import { CONFIDENCE_OPTIONS, ELECTED_OPTION, MOTION_ROW, RESOLUTION_OPTIONS } from '../../../src/shared/protocol';
import type { CommandOf, Selection, VoteInfo } from '../../../src/shared/protocol';
import type { CastBallot } from '../../helpers/dataFolderForensics';
import { copyDataFolder, counterPlaces, filesIn, leftoverJournals, leftoversInFreeSpace, pairByPhysicalOrder, readBallotsImage, scanRawBytes, tablesOf } from '../../helpers/dataFolderForensics';
import { sessionWithSeats } from '../../helpers/sessionWithSeats';
import { activeSessionFolder, socketUrl, tokenOf, useHubForFile } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';
import { createVote, resolutionCommand } from '../../helpers/voting';

const SEATS = 95;
const RECEIPT = /^[0-9A-Z]{4}-[0-9A-Z]{4}$/;

let hub: Hub;
let dataDir: string;
useHubForFile(
  (fresh, dir) => {
    hub = fresh;
    dataDir = dir;
  },
  { seed: sessionWithSeats(SEATS), seedDocumentsDir: undefined },
);

const cast: CastBallot[] = [];
const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

let hallSockets: { secretary: TestSocket; chair: TestSocket; delegates: TestSocket[] } | undefined;
async function hall() {
  if (hallSockets) return hallSockets;
  const url = socketUrl(hub);
  const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
  const chair = await TestSocket.connect(url, tokenOf(hub, 'chair'));
  const delegates = await Promise.all(Array.from({ length: SEATS }, (_, i) => TestSocket.connect(url, tokenOf(hub, `seat-${i + 1}`))));
  hallSockets = { secretary, chair, delegates };
  return hallSockets;
}

/** A small seeded generator (mulberry32), so a failing run can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seededRandom(20261208);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const chooseResolution = (): Selection[] => [{ row: MOTION_ROW, option: pick(RESOLUTION_OPTIONS) }];
/** Up to maxChoices candidates, blank ballots included. */
const chooseCandidates = (vote: VoteInfo): Selection[] => {
  const how = Math.floor(random() * (vote.maxChoices + 1));
  const rows = [...vote.rows].sort(() => random() - 0.5).slice(0, how);
  return rows.map((row) => ({ row: row.id, option: ELECTED_OPTION }));
};
const chooseConfidence = (vote: VoteInfo): Selection[] => vote.rows.map((row) => ({ row: row.id, option: pick(CONFIDENCE_OPTIONS) }));

/** Records per vote in every table except participation: these must not grow with the ballots. */
function recordsPerTable(copy: string, voteId: string): Record<string, number> {
  return Object.fromEntries(
    tablesOf(readBallotsImage(copy))
      .filter((table) => table.table !== 'participation')
      .map((table) => [table.table, table.cells.filter((cell) => cell.values[0] === voteId).length]),
  );
}

/** Every attack on one copy of the data folder; each must find nothing. */
function attack(copy: string, when: string): void {
  // The scans below must have had the hub's files to read: the event log and its WAL, the ballots, hub.json and hub.key.
  const session = relative(dataDir, activeSessionFolder(hub, dataDir));
  expect(filesIn(copy).map((file) => relative(copy, file))).toEqual(
    expect.arrayContaining([join(session, 'ballots.sqlite'), join(session, 'chamber.sqlite'), join(session, 'chamber.sqlite-wal'), 'catalog.json', 'hub.json', 'hub.key']),
  );
  expect.soft(leftoverJournals(copy), `journal files ${when}`).toEqual([]);
  expect.soft(scanRawBytes(copy, cast), `raw bytes ${when}`).toEqual([]);
  const image = readBallotsImage(copy);
  expect.soft(leftoversInFreeSpace(image), `free space ${when}`).toEqual([]);
  expect.soft(pairByPhysicalOrder(image, cast), `rows paired by position ${when}`).toEqual([]);
}

async function runSecretVote(command: CommandOf<'vote.create'>, voters: number, choose: (vote: VoteInfo) => Selection[]): Promise<void> {
  const { secretary, chair, delegates } = await hall();
  const voteId = await createVote(secretary, command);
  expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
  const vote = hub.engine.state().votes.find((candidate) => candidate.id === voteId) as VoteInfo;
  const last = delegates[voters - 1] as TestSocket;
  await last.until(() => (last.state.votes.find((candidate) => candidate.id === voteId)?.status === 'open' ? true : undefined), 'the open vote on the last iPad');

  const checkpoints = new Set([1, 2, Math.floor(voters / 2), voters - 1, voters]);
  let firstCounters: Map<string, string> | null = null;
  let firstRecords: Record<string, number> | null = null;
  for (let seat = 1; seat <= voters; seat += 1) {
    const selections = choose(vote);
    const ballotId = randomUUID();
    const reply = await (delegates[seat - 1] as TestSocket).command({ type: 'vote.cast', voteId, seat, ballotId, selections });
    if (reply.type !== 'ack' || reply.receipt === undefined) throw new Error(`ballot of seat ${seat} refused: ${JSON.stringify(reply)}`);
    expect(reply.receipt).toMatch(RECEIPT);
    cast.push({ voteId, seat, ballotId, receipt: reply.receipt, selections });
    if (!checkpoints.has(seat)) continue;
    const copy = copyDataFolder(dataDir);
    copies.push(copy);
    const when = `right after the ack of ballot ${seat} of ${voters}`;
    attack(copy, when);
    // A counter that moved when it changed would show which answer the last ballot gave.
    const counters = counterPlaces(readBallotsImage(copy), voteId);
    const records = recordsPerTable(copy, voteId);
    firstCounters ??= counters;
    firstRecords ??= records;
    expect.soft(counters, `counter places ${when}`).toEqual(firstCounters);
    expect.soft(records, `records that are not participation ${when}`).toEqual(firstRecords);
  }

  expect(await chair.command({ type: 'vote.close', voteId })).toMatchObject({ type: 'ack' });
  const closed = hub.engine.state().votes.find((candidate) => candidate.id === voteId);
  const ours = cast.filter((ballot) => ballot.voteId === voteId);
  expect(tallyOf(closed)).toEqual(tallyBallots(vote, ours.map((ballot) => ballot.selections)));
  expect(namedListOf(closed)).toBeNull();
  const copy = copyDataFolder(dataDir);
  copies.push(copy);
  attack(copy, `after the close of the vote of ${voters}`);
}

describe('[V6] a copy of the data folder ties no seat to a secret choice', () => {
  it('a secret resolution of 10 ballots: no journal, no choice encoding, no id or receipt outside participation, zeroed free space, no row to pair', async () => {
    await runSecretVote(resolutionCommand({ secret: true, title: 'Nghị quyết bỏ phiếu kín' }), 10, chooseResolution);
  });

  it('a secret election of up to 3 of 5 candidates with 58 ballots, blank ballots included, leaves nothing that links a seat to a candidate', async () => {
    const command = resolutionCommand({ kind: 'election', secret: true, title: 'Bầu Ủy viên Thường trực', names: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'], maxChoices: 3 });
    await runSecretVote(command, 58, chooseCandidates);
  });

  it('a confidence vote on 4 officials with 95 ballots leaves nothing that links a seat to an answer, after two earlier votes in the same file', async () => {
    const command = resolutionCommand({ kind: 'confidence', secret: true, title: 'Lấy phiếu tín nhiệm', names: ['Chủ tịch', 'Phó Chủ tịch', 'Chánh Văn phòng', 'Trưởng ban'], maxChoices: 1 });
    await runSecretVote(command, 95, chooseConfidence);
  });
});

describe('a cancelled secret vote', () => {
  it('leaves no counts in the ballot file once it is cancelled, so a lone ballot cast before the cancel names no choice', async () => {
    const { secretary, chair, delegates } = await hall();
    const voteId = await createVote(secretary, resolutionCommand({ secret: true, title: 'Biểu quyết mở nhầm' }));
    expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
    const voter = delegates[6] as TestSocket;
    await voter.until(() => (voter.state.votes.find((vote) => vote.id === voteId)?.status === 'open' ? true : undefined), 'the open vote');
    expect(await voter.command({ type: 'vote.cast', voteId, seat: 7, ballotId: randomUUID(), selections: [{ row: MOTION_ROW, option: 'against' }] })).toMatchObject({ type: 'ack' });
    const before = copyDataFolder(dataDir);
    copies.push(before);
    expect(recordsPerTable(before, voteId).secret_counts).toBe(RESOLUTION_OPTIONS.length);

    expect(await chair.command({ type: 'vote.cancel', voteId, reason: 'Mở nhầm' })).toMatchObject({ type: 'ack' });
    const after = copyDataFolder(dataDir);
    copies.push(after);
    expect(recordsPerTable(after, voteId).secret_counts).toBe(0);
    expect(leftoversInFreeSpace(readBallotsImage(after)), 'the freed counters are zeroed').toEqual([]);
    expect(leftoverJournals(after)).toEqual([]);
  });
});
