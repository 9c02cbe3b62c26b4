/**
 * `GET /api/record/verify` and `POST /api/record/receipt` on a real hub: the
 * chain check of the active session, and a receipt's vote and time without
 * its choice (nor, for a secret vote, its seat); bad input is refused and
 * changes nothing.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BALLOTS_FILE } from '../../../src/main/hub/dataFolder';
import type { Hub } from '../../../src/main/hub/startHub';
import { catalogCall } from '../../helpers/catalogApi';
import { recordTwoVotes } from '../../helpers/recordedVotes';
import type { RecordedVotes } from '../../helpers/recordedVotes';
import { activeSessionFolder, tokenOf, useHubForFile } from '../../helpers/testHub';

let hub: Hub;
let dataDir: string;
let votes: RecordedVotes | undefined;
useHubForFile((fresh, dir) => {
  hub = fresh;
  dataDir = dir;
});

/** Adds `delta` to every secret counter of a vote in the running hub's ballots.sqlite, as someone holding the folder could. */
function addToSecretCounts(voteId: string, delta: number): void {
  const db = new Database(join(activeSessionFolder(hub, dataDir), BALLOTS_FILE));
  try {
    db.prepare('UPDATE secret_counts SET count = count + ? WHERE vote_id = ?').run(delta, voteId);
  } finally {
    db.close();
  }
}

async function recorded(): Promise<RecordedVotes> {
  votes ??= await recordTwoVotes(hub);
  return votes;
}

describe('GET /api/record/verify', () => {
  it('answers the number of events and the final hash of the active session', async () => {
    await recorded();
    const reply = await catalogCall(hub, 'GET', '/api/record/verify', { token: hub.consoleToken });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ ok: true, events: hub.engine.seq(), finalHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('answers the secret vote whose stored counts were changed (kind ballots), naming its close event, and intact again once they are back', async () => {
    const { secret } = await recorded();
    addToSecretCounts(secret.voteId, 5);
    try {
      const reply = await catalogCall(hub, 'GET', '/api/record/verify', { token: hub.consoleToken });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ ok: false, type: 'vote.closed', kind: 'ballots', reason: expect.stringContaining(secret.voteId) });
      expect((reply.body as { seq: number }).seq).toBeGreaterThan(0);
    } finally {
      addToSecretCounts(secret.voteId, -5);
    }
    expect((await catalogCall(hub, 'GET', '/api/record/verify', { token: hub.consoleToken })).body).toMatchObject({ ok: true });
  });

  it("accepts the active secretary's token and refuses a delegate's or none", async () => {
    expect((await catalogCall(hub, 'GET', '/api/record/verify', { token: tokenOf(hub, 'secretary') })).status).toBe(200);
    expect((await catalogCall(hub, 'GET', '/api/record/verify', { token: tokenOf(hub, 'seat-1') })).status).toBe(401);
    expect((await catalogCall(hub, 'GET', '/api/record/verify')).status).toBe(401);
  });
});

describe('POST /api/record/receipt', () => {
  it('finds an open ballot: the vote, its time and the seat, never the choice', async () => {
    const { open } = await recorded();
    const reply = await catalogCall(hub, 'POST', '/api/record/receipt', { token: hub.consoleToken, body: { code: open.receipt } });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ found: true, voteTitle: open.title, secret: false, outcome: 'counted', at: expect.any(Number), seat: 1 });
  });

  it('finds a secret ballot: the vote and its time, neither the choice nor the seat', async () => {
    const { secret } = await recorded();
    const reply = await catalogCall(hub, 'POST', '/api/record/receipt', { token: hub.consoleToken, body: { code: secret.receipt.toLowerCase() } });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ found: true, voteTitle: secret.title, secret: true, outcome: 'counted', at: expect.any(Number) });
  });

  it('answers not found for a code no ballot has', async () => {
    const reply = await catalogCall(hub, 'POST', '/api/record/receipt', { token: hub.consoleToken, body: { code: 'ZZZZ-ZZZZ' } });
    expect(reply.body).toEqual({ found: false });
  });

  it.each([
    ['a malformed code', { body: { code: 'ABC' } }, 400],
    ['a body of another shape', { body: { receipt: 'ABCD-EFGH' } }, 400],
    ['a body that is not JSON', { rawBody: '{code:' }, 400],
    ['a body over the limit', { body: { code: 'A'.repeat(5000) } }, 413],
  ])('refuses %s', async (_name, call, status) => {
    const seq = hub.engine.seq();
    const reply = await catalogCall(hub, 'POST', '/api/record/receipt', { token: hub.consoleToken, ...call });
    expect(reply.status).toBe(status);
    expect(reply.body).toMatchObject({ error: expect.any(String), message: expect.any(String) });
    expect(hub.engine.seq()).toBe(seq);
  });
});
