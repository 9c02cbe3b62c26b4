/**
 * The clients of the restart-reconnect benchmark, in a process of their own:
 * N delegates, each a real HubClient (the apps' reconnect state machine and
 * backoff) over a `ws` socket. After `watch`, it reports the wall-clock time at
 * which every delegate has been welcomed by the restarted hub and has received
 * what it missed (events since its lastSeq, or a snapshot).
 */
import WebSocket from 'ws';
import { HubClient } from '../../src/renderer/client/hubClient';
import type { SocketLike } from '../../src/renderer/client/hubClient';
import type { HubMessage } from '../../src/shared/protocol';

interface Config {
  socketUrl: string;
  tokens: string[];
}

type Command = { type: 'watch' } | { type: 'stop' };

interface Delegate {
  client: HubClient;
  seq: number;
  /** Welcomed by the hub and waiting for what it missed. */
  welcomed: boolean;
  caughtUp: boolean;
}

const config = JSON.parse(process.argv[2] ?? '{}') as Config;
const now = () => performance.timeOrigin + performance.now();
let watching = false;
let reported = false;

function everyoneCaughtUp(delegates: Delegate[]): boolean {
  return delegates.every((delegate) => delegate.caughtUp);
}

function onMessage(delegate: Delegate, message: HubMessage, delegates: Delegate[]): void {
  if (message.type === 'welcome') {
    delegate.welcomed = true;
    return;
  }
  if (message.type === 'snapshot') delegate.seq = message.seq;
  if (message.type === 'events') for (const stored of message.events) delegate.seq = Math.max(delegate.seq, stored.seq);
  if ((message.type === 'snapshot' || message.type === 'events') && delegate.welcomed && !delegate.caughtUp) {
    delegate.caughtUp = true;
    if (everyoneCaughtUp(delegates)) report();
  }
}

function report(): void {
  if (reported) return;
  reported = true;
  process.send?.(watching ? { type: 'converged', at: now() } : { type: 'ready' });
}

function main(): void {
  const delegates: Delegate[] = [];
  for (const token of config.tokens) {
    const delegate: Delegate = { client: null as unknown as HubClient, seq: 0, welcomed: false, caughtUp: false };
    delegate.client = new HubClient({
      url: config.socketUrl,
      token,
      lastSeq: () => delegate.seq,
      onMessage: (message) => onMessage(delegate, message, delegates),
      onStatus: (status) => {
        if (status !== 'online') delegate.welcomed = false;
      },
      createSocket: (url) => new WebSocket(url, { perMessageDeflate: false }) as unknown as SocketLike,
    });
    delegates.push(delegate);
  }
  for (const delegate of delegates) delegate.client.start();

  process.on('message', (command: Command) => {
    if (command.type === 'stop') {
      for (const delegate of delegates) delegate.client.stop();
      process.exit(0);
    }
    if (command.type === 'watch') {
      watching = true;
      reported = false;
      for (const delegate of delegates) {
        delegate.welcomed = false;
        delegate.caughtUp = false;
      }
      process.send?.({ type: 'watching' });
    }
  });
}

main();
