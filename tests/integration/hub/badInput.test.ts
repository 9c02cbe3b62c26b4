/** Every bad input gets a clear error, changes nothing, and leaves the hub up for everyone else. */
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import type { HubMessage } from '../../../src/shared/protocol';
import { CLOSE_CODES, LIMITS, PROTOCOL_VERSION } from '../../../src/shared/protocol';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

let dir: string;
let hub: Hub;
let bystander: TestSocket;
beforeEach(async () => {
  dir = makeDataDir();
  hub = await startTestHub(dir);
  bystander = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-30'));
});
afterEach(async () => {
  await hub.stop();
  removeDataDir(dir);
});

/** The hub is still up and unchanged: same seq and state, and a bystander still gets updates. */
async function expectHubUnchangedAndAlive(before: { seq: number; state: unknown }) {
  expect(hub.engine.seq()).toBe(before.seq);
  expect(hub.engine.state()).toEqual(before.state);
  const health = await fetch(`${hub.localUrl}/healthz`).then((r) => r.json());
  expect(health).toMatchObject({ ok: true, seq: before.seq });
  const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
  const item = hub.engine.state().agenda[2];
  await secretary.command({ type: 'agenda.setCurrent', itemId: item?.id ?? null });
  await bystander.until(() => (bystander.state.currentItemId === item?.id ? true : undefined), 'the bystander to get the next change');
}

function snapshot() {
  return { seq: hub.engine.seq(), state: hub.engine.state() };
}

async function helloed(principalId = 'secretary'): Promise<TestSocket> {
  return TestSocket.connect(socketUrl(hub), tokenOf(hub, principalId));
}

function isError(code: string) {
  return (m: HubMessage): m is Extract<HubMessage, { type: 'error' }> => m.type === 'error' && m.code === code;
}

describe('bad input on the socket', () => {
  it.each([
    ['text that is not JSON', '{"type": "hello",', 'bad_json'],
    ['an unknown message type', JSON.stringify({ type: 'session.destroy' }), 'bad_message'],
    ['a command with a missing field', JSON.stringify({ type: 'command', requestId: 'r1', command: { type: 'agenda.setCurrent' } }), 'bad_message'],
    ['a command with an extra field', JSON.stringify({ type: 'command', requestId: 'r1', command: { type: 'agenda.remove', itemId: 'x', force: true } }), 'bad_message'],
    ['a command with a wrong type', JSON.stringify({ type: 'command', requestId: 'r1', command: { type: 'agenda.move', itemId: 'x', toIndex: 'first' } }), 'bad_message'],
    ['a JSON number', '42', 'bad_message'],
    ['a __proto__ key', '{"type":"command","requestId":"r1","command":{"type":"agenda.remove","itemId":"x","__proto__":{"admin":true}}}', 'bad_message'],
  ])('[E1] answers %s with %s and changes nothing', async (_name, raw, code) => {
    const before = snapshot();
    const client = await helloed();
    const from = client.messages.length;
    client.sendRaw(raw);
    const error = await client.waitFor(isError(code), `a ${code} error`, from);
    expect(error.message.length).toBeGreaterThan(0);
    await expectHubUnchangedAndAlive(before);
  });

  it('[E2] names the request in the error when the malformed command has a requestId', async () => {
    const client = await helloed();
    const from = client.messages.length;
    client.sendRaw(JSON.stringify({ type: 'command', requestId: 'r-77', command: { type: 'agenda.setCurrent' } }));
    const error = await client.waitFor(isError('bad_message'), 'the error', from);
    expect(error.requestId).toBe('r-77');
    expect(error.message).toMatch(/itemId/);
  });

  it('[E1] answers a binary frame with bad_message', async () => {
    const before = snapshot();
    const client = await helloed();
    const from = client.messages.length;
    client.sendRaw(Buffer.from([1, 2, 3]));
    await client.waitFor(isError('bad_message'), 'bad_message', from);
    await expectHubUnchangedAndAlive(before);
  });

  it(`[E1] answers a message over ${LIMITS.maxMessageBytes} bytes with too_large and keeps the connection`, async () => {
    const before = snapshot();
    const client = await helloed();
    const from = client.messages.length;
    client.sendRaw(JSON.stringify({ type: 'command', requestId: 'big', command: { type: 'agenda.remove', itemId: 'x'.repeat(LIMITS.maxMessageBytes) } }));
    await client.waitFor(isError('too_large'), 'too_large', from);
    const reply = await client.command({ type: 'agenda.setCurrent', itemId: null });
    expect(reply.type).toBe('ack');
    expect(hub.engine.seq()).toBe(before.seq);
  });

  it(`[E1] closes a socket that sends a frame over ${LIMITS.hardMaxFrameBytes} bytes (1009), and the hub stays up`, async () => {
    const before = snapshot();
    const client = await helloed();
    client.sendRaw('x'.repeat(LIMITS.hardMaxFrameBytes + 1));
    expect(await client.waitForClose()).toBe(1009);
    await expectHubUnchangedAndAlive(before);
  });

  it('[A1] refuses a command the role may not give', async () => {
    const before = snapshot();
    const delegate = await helloed('seat-4');
    const reply = await delegate.command({ type: 'agenda.setCurrent', itemId: null });
    expect(reply).toMatchObject({ type: 'error', code: 'forbidden' });
    await expectHubUnchangedAndAlive(before);
  });

  it('[A2] refuses a command before hello', async () => {
    const before = snapshot();
    const client = await TestSocket.open(socketUrl(hub));
    const reply = await client.command({ type: 'agenda.setCurrent', itemId: null });
    expect(reply).toMatchObject({ type: 'error', code: 'hello_required' });
    await expectHubUnchangedAndAlive(before);
  });

  it('[A3] refuses an unknown token and closes with 4001', async () => {
    const before = snapshot();
    const client = await TestSocket.open(socketUrl(hub));
    client.send({ type: 'hello', token: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', lastSeq: 0, protocolVersion: PROTOCOL_VERSION });
    await client.waitFor(isError('unauthorized'), 'unauthorized');
    expect(await client.waitForClose()).toBe(CLOSE_CODES.unauthorized);
    expect(client.messages.some((m) => m.type === 'snapshot' || m.type === 'welcome')).toBe(false);
    await expectHubUnchangedAndAlive(before);
  });

  it('[A4] refuses a revoked token, tells the device it was revoked, and closes with 4003', async () => {
    const old = tokenOf(hub, 'seat-5');
    const secretary = await helloed();
    await secretary.command({ type: 'pairing.reissue', principalId: 'seat-5' });
    const before = snapshot();
    const client = await TestSocket.open(socketUrl(hub));
    client.send({ type: 'hello', token: old, lastSeq: 0, protocolVersion: PROTOCOL_VERSION });
    await client.waitFor(isError('revoked'), 'revoked error');
    await client.waitFor((m) => m.type === 'revoked', 'revoked message');
    expect(await client.waitForClose()).toBe(CLOSE_CODES.revoked);
    await expectHubUnchangedAndAlive(before);
  });

  it('[C2] refuses another protocol version and closes with 4000', async () => {
    const client = await TestSocket.open(socketUrl(hub));
    client.send({ type: 'hello', token: tokenOf(hub, 'seat-1'), lastSeq: 0, protocolVersion: PROTOCOL_VERSION + 1 });
    await client.waitFor(isError('unsupported_version'), 'unsupported_version');
    expect(await client.waitForClose()).toBe(CLOSE_CODES.unsupportedVersion);
  });

  it('[C1] closes a socket that does not say hello in time with 4008, and the hub stays up', async () => {
    const quickDir = makeDataDir();
    const quickHub = await startTestHub(quickDir, { helloTimeoutMs: 500 });
    try {
      const silent = await TestSocket.open(socketUrl(quickHub));
      expect(await silent.waitForClose()).toBe(CLOSE_CODES.helloTimeout);
      const later = await TestSocket.connect(socketUrl(quickHub), tokenOf(quickHub, 'secretary'));
      expect(await later.command({ type: 'agenda.setCurrent', itemId: null })).toMatchObject({ type: 'ack' });
    } finally {
      await quickHub.stop();
      removeDataDir(quickDir);
    }
  });

  it('[C4] answers a hello with a lastSeq ahead of the hub with seq_ahead and a fresh snapshot', async () => {
    const before = snapshot();
    const client = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-6'), before.seq + 50);
    expect(client.messages.find((m) => m.type === 'error')).toMatchObject({ code: 'seq_ahead' });
    expect(client.messages.some((m) => m.type === 'snapshot')).toBe(true);
    expect(client.seq).toBe(before.seq);
    await expectHubUnchangedAndAlive(before);
  });

  it('[C5] refuses a second hello on the same connection', async () => {
    const client = await helloed('seat-8');
    const from = client.messages.length;
    client.send({ type: 'hello', token: tokenOf(hub, 'secretary'), lastSeq: 0, protocolVersion: PROTOCOL_VERSION });
    await client.waitFor(isError('bad_message'), 'bad_message', from);
    const reply = await client.command({ type: 'agenda.setCurrent', itemId: null });
    expect(reply).toMatchObject({ type: 'error', code: 'forbidden' });
  });

  it('[E3] answers a flood past the rate limit with rate_limited, then closes the flooder with 4029', async () => {
    const before = snapshot();
    const client = await helloed('seat-10');
    const from = client.messages.length;
    for (let i = 0; i < LIMITS.messageBurst * 3; i += 1) client.send({ type: 'ping' });
    await client.waitFor(isError('rate_limited'), 'rate_limited', from);
    expect(await client.waitForClose()).toBe(CLOSE_CODES.rateLimited);
    await expectHubUnchangedAndAlive(before);
  });

  it('refuses a socket opened by a page from another origin', async () => {
    const ws = new WebSocket(socketUrl(hub), { headers: { Origin: 'http://evil.example' } });
    const status = await new Promise<number>((resolve) => ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(403);
  });
});
