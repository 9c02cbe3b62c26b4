/** The reconnect state machine, driven by a scripted socket and fake timers. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HubClient } from '../../../../src/renderer/client/hubClient';
import type { ConnectionStatus, SocketLike } from '../../../../src/renderer/client/hubClient';
import { RECONNECT } from '../../../../src/renderer/client/reconnectPolicy';
import { CLOSE_CODES, PROTOCOL_VERSION } from '../../../../src/shared/protocol';

class ScriptedSocket implements SocketLike {
  readyState = 0;
  sent: string[] = [];
  closedWith: number | null = null;
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  send(data: string) {
    this.sent.push(data);
  }
  close(code = 1000) {
    this.closedWith = code;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  drop(code: number) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

const welcome = { type: 'welcome', protocolVersion: PROTOCOL_VERSION, sessionId: 's', principal: { id: 'seat-1', role: 'delegate', seat: 1, name: 'A' }, seq: 3, hubTime: 1_700_000_000_000 };

class FakeDevice extends EventTarget {
  document = { visibilityState: 'visible' };
}

let sockets: ScriptedSocket[];
let statuses: ConnectionStatus[];
let device: FakeDevice;
let client: HubClient;
let lastSeq: number;

beforeEach(() => {
  vi.useFakeTimers();
  sockets = [];
  statuses = [];
  lastSeq = 7;
  device = new FakeDevice();
  client = new HubClient({
    url: 'ws://hub/ws',
    token: 'tok',
    lastSeq: () => lastSeq,
    onMessage: () => {},
    onStatus: (status) => statuses.push(status),
    createSocket: () => {
      const socket = new ScriptedSocket();
      sockets.push(socket);
      return socket;
    },
    environment: device,
  });
  client.start();
});

afterEach(() => {
  client.stop();
  vi.useRealTimers();
});

const latest = () => sockets[sockets.length - 1] as ScriptedSocket;

describe('HubClient', () => {
  it('says hello with its token, lastSeq and protocol version as soon as the socket opens', () => {
    latest().open();
    expect(JSON.parse(latest().sent[0] ?? '')).toEqual({ type: 'hello', token: 'tok', lastSeq: 7, protocolVersion: PROTOCOL_VERSION });
  });

  it('is online only once the hub welcomes it', () => {
    latest().open();
    expect(statuses).toEqual([]);
    latest().receive(welcome);
    expect(statuses).toEqual(['online']);
  });

  it('goes offline on a dropped connection and retries after the backoff, with the lastSeq it has then', () => {
    latest().open();
    latest().receive(welcome);
    latest().drop(1006);
    expect(statuses).toEqual(['online', 'offline']);
    expect(sockets).toHaveLength(1);
    lastSeq = 12;
    vi.advanceTimersByTime(RECONNECT.firstDelayMs * 1.25);
    expect(sockets).toHaveLength(2);
    latest().open();
    expect(JSON.parse(latest().sent[0] ?? '')).toMatchObject({ lastSeq: 12 });
  });

  it.each([
    [4003, 'revoked'],
    [4001, 'unauthorized'],
    [4000, 'incompatible'],
  ] as const)('stops for good on close code %i (%s)', (code, status) => {
    latest().open();
    latest().drop(code);
    expect(statuses).toEqual([status]);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
    client.retryNow();
    expect(sockets).toHaveLength(1);
  });

  it('reconnects after the hub switched sessions (4010), to say hello to the session now served', () => {
    latest().open();
    latest().drop(CLOSE_CODES.sessionChanged);
    expect(statuses).toEqual(['offline']);
    vi.advanceTimersByTime(RECONNECT.maxDelayMs);
    expect(sockets).toHaveLength(2);
    latest().open();
    expect(JSON.parse(latest().sent[0] ?? '')).toMatchObject({ type: 'hello', token: 'tok' });
  });

  it('keeps its token and tries again while the hub has no active session (4011), so an iPad joins once a session opens', () => {
    latest().open();
    latest().drop(CLOSE_CODES.noActiveSession);
    expect(statuses).toEqual(['offline']);
    vi.advanceTimersByTime(RECONNECT.maxDelayMs);
    expect(sockets).toHaveLength(2);
    latest().open();
    expect(JSON.parse(latest().sent[0] ?? '')).toMatchObject({ type: 'hello', token: 'tok' });
  });

  it('names the session its state belongs to in every hello, so a hub serving another one sends a snapshot', () => {
    let sessionId: string | null = null;
    const named = new HubClient({
      url: 'ws://hub/ws',
      token: 'tok',
      lastSeq: () => 9,
      sessionId: () => sessionId,
      onMessage: () => {},
      onStatus: () => {},
      createSocket: () => {
        const socket = new ScriptedSocket();
        sockets.push(socket);
        return socket;
      },
      environment: device,
    });
    named.start();
    latest().open();
    expect(JSON.parse(latest().sent[0] ?? '')).toEqual({ type: 'hello', token: 'tok', lastSeq: 9, protocolVersion: PROTOCOL_VERSION });
    sessionId = 'session-a';
    latest().drop(1006);
    vi.advanceTimersByTime(RECONNECT.maxDelayMs);
    latest().open();
    expect(JSON.parse(latest().sent[0] ?? '')).toEqual({ type: 'hello', token: 'tok', lastSeq: 9, protocolVersion: PROTOCOL_VERSION, sessionId: 'session-a' });
    named.stop();
  });

  it('drops the link at once when the device goes offline, and retries when it is back online', () => {
    latest().open();
    latest().receive(welcome);
    device.dispatchEvent(new Event('offline'));
    expect(statuses).toEqual(['online', 'offline']);
    device.dispatchEvent(new Event('online'));
    expect(sockets).toHaveLength(2);
  });

  it('treats a long silence as a dead link (an iPad that slept) and reconnects', () => {
    latest().open();
    latest().receive(welcome);
    vi.advanceTimersByTime(RECONNECT.silenceLimitMs + RECONNECT.pingEveryMs);
    expect(statuses).toContain('offline');
    vi.advanceTimersByTime(RECONNECT.maxDelayMs * 2);
    expect(sockets.length).toBeGreaterThan(1);
  });

  it('ignores messages and closes from a socket it has replaced', () => {
    const first = latest();
    first.open();
    first.receive(welcome);
    first.drop(1006);
    vi.advanceTimersByTime(RECONNECT.firstDelayMs * 1.25);
    first.receive(welcome);
    first.drop(4003);
    expect(statuses).toEqual(['online', 'offline']);
  });

  it('after a hub restart that took a minute, tries again within one second, whatever the jitter', () => {
    const ONE_SECOND = 1_000;
    latest().open();
    latest().receive(welcome);
    latest().drop(1001);
    // The hub is down: every attempt is refused.
    for (let elapsed = 0; elapsed < 60_000; elapsed += ONE_SECOND) {
      const before = sockets.length;
      vi.advanceTimersByTime(ONE_SECOND);
      expect(sockets.length).toBe(before + 1);
      latest().drop(1006);
    }
    // The hub answers again: the next attempt comes within the ceiling and goes online.
    const before = sockets.length;
    vi.advanceTimersByTime(ONE_SECOND);
    expect(sockets.length).toBe(before + 1);
    latest().open();
    latest().receive(welcome);
    expect(statuses[statuses.length - 1]).toBe('online');
  });

  it('does not start a second attempt while one is under way', () => {
    device.dispatchEvent(new Event('online'));
    device.dispatchEvent(new Event('pageshow'));
    expect(sockets).toHaveLength(1);
  });
  it('reconnects by itself after a session change (4010) when nobody asked to hear of it', () => {
    latest().open();
    latest().receive(welcome);
    latest().drop(4010);
    expect(statuses).toEqual(['online', 'offline']);
    vi.advanceTimersByTime(RECONNECT.firstDelayMs * 1.25);
    expect(sockets).toHaveLength(2);
  });

  it('hands a session change (4010) to its owner and stops, so the owner can connect with the new session token', () => {
    client.stop();
    const made: ScriptedSocket[] = [];
    let changes = 0;
    const owned = new HubClient({
      url: 'ws://hub/ws',
      token: 'tok',
      lastSeq: () => 0,
      onMessage: () => {},
      onStatus: () => {},
      onSessionChanged: () => (changes += 1),
      createSocket: () => {
        const socket = new ScriptedSocket();
        made.push(socket);
        return socket;
      },
      environment: device,
    });
    owned.start();
    made[0]?.open();
    made[0]?.receive(welcome);
    made[0]?.drop(4010);
    expect(changes).toBe(1);
    vi.advanceTimersByTime(60_000);
    device.dispatchEvent(new Event('online'));
    expect(made).toHaveLength(1);
  });
});
