/**
 * `chamber verify`: the chain of an intact log (events and final hash), of a
 * log with one byte changed and of one with an event deleted (the first bad
 * event, its type and why), and `--receipt`, which tells where a ballot was
 * counted and nothing of what it said. A real hub writes the data folder.
 */
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { runCli } from '../../../../src/main/cli';
import { BALLOTS_FILE, DATABASE_FILE, sessionFolder } from '../../../../src/main/hub/dataFolder';
import type { Hub } from '../../../../src/main/hub/startHub';
import { openSqliteEventLog } from '../../../../src/main/hub/store/sqliteEventLog';
import { copyDataFolder } from '../../../helpers/dataFolderForensics';
import { recordTwoVotes } from '../../../helpers/recordedVotes';
import type { RecordedVotes } from '../../../helpers/recordedVotes';
import { changeOneByteOfEvent, deleteEvent } from '../../../helpers/tamperEventLog';
import { makeDataDir, removeDataDir, startTestHub } from '../../../helpers/testHub';

async function chamber(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dataDir: string;
let hub: Hub;
let sessionId: string;
let votes: RecordedVotes;
const copies: string[] = [];

beforeAll(async () => {
  dataDir = makeDataDir();
  hub = await startTestHub(dataDir);
  sessionId = hub.activeSessionId() ?? '';
  votes = await recordTwoVotes(hub);
});

afterAll(async () => {
  await hub.stop();
  removeDataDir(dataDir);
  for (const copy of copies) removeDataDir(copy);
});

/** A copy of the data folder to tamper with, taken with the hub's writes on disk. */
function tamperedCopy(tamper: (logFile: string) => void): string {
  const copy = copyDataFolder(dataDir);
  copies.push(copy);
  tamper(join(sessionFolder(copy, sessionId), DATABASE_FILE));
  return copy;
}

describe('verify --data DIR', () => {
  it('reports an intact log with its number of events and its final hash', async () => {
    const log = openSqliteEventLog(join(sessionFolder(dataDir, sessionId), DATABASE_FILE), { readonly: true });
    const chain = log.verify();
    log.close();
    if (!chain.ok) throw new Error('the fresh log is broken');
    const result = await chamber('verify', '--data', dataDir, '--session', sessionId);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`intact: ${hub.engine.seq()} events`);
    expect(result.out).toContain(`Final hash: ${chain.finalHash}`);
    expect(result.out).toContain('The secret ballots match the tallies in the log.');
  });

  it.each([
    ['5 added to its counts', 'UPDATE secret_counts SET count = count + 5 WHERE vote_id = ?', /its stored counts differ from the tally the log recorded/],
    ['its participation row deleted', 'DELETE FROM participation WHERE vote_id = ?', /0 ballots are stored, the log says 1 were cast/],
  ])('catches a secret vote with %s in ballots.sqlite, naming its close event, exit 1', async (_name, edit, reason) => {
    const copy = tamperedCopy((logFile) => {
      const db = new Database(join(dirname(logFile), BALLOTS_FILE));
      db.prepare(edit).run(votes.secret.voteId);
      db.close();
    });
    const log = openSqliteEventLog(join(sessionFolder(copy, sessionId), DATABASE_FILE), { readonly: true });
    const closeSeq = log.readAfter(0).find((stored) => stored.event.type === 'vote.closed' && stored.event.voteId === votes.secret.voteId)?.seq;
    log.close();
    const result = await chamber('verify', '--data', copy, '--session', sessionId);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`do not match the log at seq ${closeSeq} (vote.closed)`);
    expect(result.err).toContain(votes.secret.voteId);
    expect(result.err).toMatch(reason);
  });

  it('names the first event that does not match when one byte of an event was changed', async () => {
    const copy = tamperedCopy((file) => changeOneByteOfEvent(file, 2));
    const result = await chamber('verify', '--data', copy, '--session', sessionId);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/broken at seq 2 \([a-z]+\.[A-Za-z]+\): hash does not match content/);
  });

  it('names the event after the gap when an event was deleted', async () => {
    const copy = tamperedCopy((file) => deleteEvent(file, 5));
    const result = await chamber('verify', '--data', copy, '--session', sessionId);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/broken at seq 6 \([a-z]+\.[A-Za-z]+\): expected seq 5/);
  });
});

describe('verify --receipt CODE', () => {
  it('says in which vote and when an open ballot was counted, with its seat and without its choice', async () => {
    const result = await chamber('verify', '--receipt', votes.open.receipt, '--data', dataDir);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`counted in vote "${votes.open.title}", `);
    expect(result.out).toMatch(/\d\d\/\d\d\/\d{4} \d\d:\d\d \(UTC\+7\)/);
    expect(result.out).toContain('seat 1');
    expect(result.out).not.toMatch(/\bfor\b|against|abstain|tán thành|không tán thành/i);
  });

  it('says in which vote a secret ballot was counted, and neither its choice nor its seat', async () => {
    const result = await chamber('verify', '--receipt', votes.secret.receipt, '--data', dataDir);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`counted in vote "${votes.secret.title}", `);
    expect(result.out).not.toMatch(/\bfor\b|against|abstain|tán thành|không tán thành/i);
    expect(result.out).not.toMatch(/seat|ghế|\b1\)/i);
  });

  it('accepts a receipt typed in lower case without its dash', async () => {
    const typed = votes.secret.receipt.replace('-', '').toLowerCase();
    const result = await chamber('verify', '--receipt', typed, '--data', dataDir, '--session', sessionId);
    expect(result.code).toBe(0);
    expect(result.out).toContain(votes.secret.title);
  });

  it('says "not found" for a well-formed code that no ballot has', async () => {
    const unknown = votes.open.receipt === '0000-0000' ? '0000-0001' : '0000-0000';
    const result = await chamber('verify', '--receipt', unknown, '--data', dataDir);
    expect(result.code).toBe(1);
    expect(result.out).toContain('not found');
  });

  it.each(['ABC', 'ABCD-EFGH-IJ', 'OOOO-IIII', '../../etc', ''])('refuses the malformed code "%s" with a clear message and exit 2', async (code) => {
    const result = await chamber('verify', '--receipt', code, '--data', dataDir);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/not a ballot receipt/);
  });
});
