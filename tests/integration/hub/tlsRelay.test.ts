/**
 * A man in the middle on the hall Wi-Fi (issue 8, section 3): a TCP relay
 * between a delegate's client and the hub records every byte and flips bytes
 * in a ballot frame. Over WSS it reads neither the token nor the choice, and a
 * tampered frame breaks the connection instead of changing a counted ballot.
 * The same relay on a plain-HTTP hub shows what it could do before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientOptions } from 'ws';
import type { Hub } from '../../../src/main/hub/startHub';
import type { HubMessage } from '../../../src/shared/protocol';
import { httpGet } from '../../helpers/httpGet';
import { sessionWithSeats } from '../../helpers/sessionWithSeats';
import { startTcpRelay } from '../../helpers/tcpRelay';
import type { TcpRelay } from '../../helpers/tcpRelay';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';
import { ballot, createVote, resolutionCommand } from '../../helpers/voting';
import { namedListOf, tallyOf } from '../../../src/shared/core';

const SEATS = 5;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function hallWithRelay(secure: boolean) {
  const dir = makeDataDir();
  const hub: Hub = await startTestHub(dir, {
    seed: sessionWithSeats(SEATS),
    seedDocumentsDir: undefined,
    transport: secure ? { kind: 'generated-tls' } : { kind: 'insecure-http' },
  });
  cleanups.push(() => removeDataDir(dir), () => hub.stop());
  const relay: TcpRelay = await startTcpRelay(hub.port);
  cleanups.push(() => relay.close());
  const trust: ClientOptions = hub.ca ? { ca: hub.ca.certPem } : {};
  const direct = socketUrl(hub);
  const throughRelay = direct.replace(`:${hub.port}/`, `:${relay.port}/`);
  const secretary = await TestSocket.connect(direct, tokenOf(hub, 'secretary'), 0, trust);
  const chair = await TestSocket.connect(direct, tokenOf(hub, 'chair'), 0, trust);
  cleanups.push(() => secretary.close(), () => chair.close());
  const voteId = await createVote(secretary, resolutionCommand());
  expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
  return { hub, relay, trust, direct, throughRelay, chair, voteId };
}

function latestCast(chair: TestSocket): number | undefined {
  const latest = [...chair.messages].reverse().find((m): m is Extract<HubMessage, { type: 'voteProgress' }> => m.type === 'voteProgress');
  return latest?.cast;
}

describe('a relay on the hall network', () => {
  it('reads the seat token, the ballot and the receipt of a plain-HTTP hub (what --insecure-http exposes)', async () => {
    const { hub, relay, throughRelay, voteId } = await hallWithRelay(false);
    const token = tokenOf(hub, 'seat-3');
    const delegate = await TestSocket.connect(throughRelay, token);
    cleanups.push(() => delegate.close());
    const reply = await delegate.command(ballot(voteId, 3, 'against', 'ballot-seat-3-plain'));
    expect(reply.type).toBe('ack');
    const sent = relay.unmaskedClientText();
    expect(sent).toContain(token);
    expect(sent).toContain('ballot-seat-3-plain');
    expect(sent).toContain('"against"');
    if (reply.type === 'ack') expect(relay.recorded().toString('latin1')).toContain(reply.receipt ?? 'a receipt');
  });

  it('reads neither the token, the ballot id, the choice nor the receipt over WSS', async () => {
    const { hub, relay, trust, throughRelay, voteId } = await hallWithRelay(true);
    const token = tokenOf(hub, 'seat-3');
    const delegate = await TestSocket.connect(throughRelay, token, 0, trust);
    cleanups.push(() => delegate.close());
    const reply = await delegate.command(ballot(voteId, 3, 'against', 'ballot-seat-3-secret'));
    if (reply.type !== 'ack') throw new Error(`The ballot was refused: ${JSON.stringify(reply)}`);
    const receipt = reply.receipt;
    expect(receipt).toEqual(expect.any(String));
    const seen = relay.recorded();
    expect(seen.length).toBeGreaterThan(1000);
    expect(relay.unmaskedClientText()).not.toContain(token);
    for (const secret of [token, 'ballot-seat-3-secret', '"against"', 'vote.cast', receipt ?? 'no receipt', 'hello']) {
      expect(seen.includes(Buffer.from(secret, 'utf8')), `the relay saw ${secret}`).toBe(false);
    }
  });

  it('cannot change a ballot over WSS: a flipped byte breaks the connection, nothing is counted, and the hub stays up', async () => {
    const { hub, relay, trust, direct, throughRelay, chair, voteId } = await hallWithRelay(true);
    const delegate = await TestSocket.connect(throughRelay, tokenOf(hub, 'seat-2'), 0, trust);
    cleanups.push(() => delegate.close());
    const castBefore = latestCast(chair) ?? 0;

    relay.tamperWithNextClientChunk();
    const from = delegate.messages.length;
    delegate.send({ type: 'command', requestId: 'tampered-ballot', command: ballot(voteId, 2, 'against', 'ballot-seat-2-tampered') });
    await relay.tampered();
    await delegate.waitForClose('the tampered connection to fail');
    expect(delegate.messages.slice(from).some((m) => 'requestId' in m && m.requestId === 'tampered-ballot')).toBe(false);

    expect((await httpGet(`${hub.localUrl}/healthz`, trust.ca ? { ca: String(trust.ca) } : {})).json()).toMatchObject({ ok: true });
    // The delegate comes back on a clean connection: the seat has not voted, and the ballot it sends now is the one counted.
    const again = await TestSocket.connect(direct, tokenOf(hub, 'seat-2'), 0, trust);
    cleanups.push(() => again.close());
    expect(await again.command(ballot(voteId, 2, 'abstain', 'ballot-seat-2-clean'))).toMatchObject({ type: 'ack' });
    await chair.until(() => (latestCast(chair) === castBefore + 1 ? true : undefined), 'the chair to see one ballot more');

    expect(await chair.command({ type: 'vote.close', voteId })).toMatchObject({ type: 'ack' });
    const closed = hub.engine.state().votes.find((vote) => vote.id === voteId);
    expect(tallyOf(closed)).toEqual({ participants: 1, counts: { motion: { for: 0, against: 0, abstain: 1 } } });
    expect(namedListOf(closed)?.map((named) => [named.seat, named.selections])).toEqual([[2, [{ row: 'motion', option: 'abstain' }]]]);
  });
});
