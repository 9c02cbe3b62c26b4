/**
 * The strongest form of "the file ties no seat to a choice": two halls where
 * the same seats vote in the same order, but the choices are handed out to
 * different seats (the same ballots, permuted), must leave ballots.sqlite
 * byte for byte the same once the random vote id and receipts are blanked.
 * If the files are the same, no reading of them, however clever, can tell
 * which seat chose what.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import { sessionWithSeats } from '../../helpers/sessionWithSeats';
import { activeSessionFolder, makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';
import { ballot, createVote, resolutionCommand } from '../../helpers/voting';

const SEATS = 10;
type Option = 'for' | 'against' | 'abstain';
const CHOICES: Option[] = ['for', 'for', 'against', 'abstain', 'for', 'against', 'for', 'abstain', 'against', 'for'];
/** The same ballots, dealt to other seats: reversed, so every seat but a few gets another answer. */
const PERMUTED: Option[] = [...CHOICES].reverse();

const running: Array<{ hub: Hub; dir: string }> = [];
afterEach(async () => {
  for (const { hub, dir } of running.splice(0)) {
    await hub.stop();
    removeDataDir(dir);
  }
});

/** Runs a secret resolution where seat N answers choices[N-1], in seat order; returns ballots.sqlite with its random strings blanked. */
async function hallVotes(choices: readonly Option[], stopAfterClose: boolean): Promise<Buffer> {
  const dir = makeDataDir();
  const hub = await startTestHub(dir, { seed: sessionWithSeats(SEATS), seedDocumentsDir: undefined });
  running.push({ hub, dir });
  const url = socketUrl(hub);
  const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
  const chair = await TestSocket.connect(url, tokenOf(hub, 'chair'));
  const voteId = await createVote(secretary, resolutionCommand({ secret: true }));
  expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
  const random: string[] = [voteId];
  for (let seat = 1; seat <= SEATS; seat += 1) {
    const delegate = await TestSocket.connect(url, tokenOf(hub, `seat-${seat}`));
    const reply = await delegate.command(ballot(voteId, seat, choices[seat - 1] as Option, `ballot-of-seat-${seat}`));
    if (reply.type !== 'ack' || reply.receipt === undefined) throw new Error(`ballot of seat ${seat} refused: ${JSON.stringify(reply)}`);
    random.push(reply.receipt);
    delegate.close();
  }
  if (stopAfterClose) expect(await chair.command({ type: 'vote.close', voteId })).toMatchObject({ type: 'ack' });
  const bytes = readFileSync(join(activeSessionFolder(hub, dir), 'ballots.sqlite'));
  for (const value of random) blank(bytes, value);
  return bytes;
}

/** Overwrites every occurrence of `value` with as many '#'. */
function blank(bytes: Buffer, value: string): void {
  const needle = Buffer.from(value, 'utf8');
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) bytes.fill('#', at, at + needle.length);
}

describe('[V6] two halls that deal the same secret ballots to different seats', () => {
  it('leave identical ballot files after the last acknowledgement, apart from the random vote id and receipts', async () => {
    const one = await hallVotes(CHOICES, false);
    const other = await hallVotes(PERMUTED, false);
    expect(CHOICES.filter((choice, index) => PERMUTED[index] !== choice).length).toBeGreaterThan(5);
    expect(one.length).toBe(other.length);
    expect(one.equals(other)).toBe(true);
  });

  it('leave identical ballot files after the vote is closed', async () => {
    const one = await hallVotes(CHOICES, true);
    const other = await hallVotes(PERMUTED, true);
    expect(one.equals(other)).toBe(true);
  });
});
