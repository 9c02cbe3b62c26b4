/**
 * The clients of the fan-out and reconnect benchmarks, in a process of their
 * own: N devices (delegates, and guests for fanout-guests) and one driver (the
 * secretary). The driver changes the current item; the time until every device
 * holds the change is recorded.
 */
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../src/shared/protocol';
import type { FanoutClientsConfig } from './fanoutProcesses';

type Command = { type: 'fanout'; repetitions: number } | { type: 'reconnect'; rounds: number; changes: number } | { type: 'stop' };

const config = JSON.parse(process.argv[2] ?? '{}') as FanoutClientsConfig;

interface Delegate {
  ws: WebSocket;
  seq: number;
  currentItemId: string | null;
  token: string;
}

let onChange: ((delegate: Delegate) => void) | null = null;

function attach(delegate: Delegate, ws: WebSocket, resolveReady: () => void): void {
  delegate.ws = ws;
  ws.on('message', (data) => {
    type Received = { seq: number; event: { type: string; itemId?: string | null } };
    const message = JSON.parse(data.toString()) as { type: string; seq?: number; state?: { currentItemId: string | null }; events?: Received[] };
    if (message.type === 'snapshot' && message.state) {
      delegate.currentItemId = message.state.currentItemId;
      delegate.seq = message.seq ?? 0;
      resolveReady();
    }
    if (message.type === 'events' && message.events) {
      for (const stored of message.events) {
        if (stored.seq <= delegate.seq && config.mode === 'hub') continue;
        delegate.seq = stored.seq;
        if (stored.event.type === 'agenda.currentSet') delegate.currentItemId = stored.event.itemId ?? null;
      }
      resolveReady();
      onChange?.(delegate);
    }
  });
}

function connect(delegate: Delegate, lastSeq: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(config.socketUrl, { perMessageDeflate: false });
    attach(delegate, ws, resolve);
    ws.on('open', () => {
      if (config.mode === 'hub') ws.send(JSON.stringify({ type: 'hello', token: delegate.token, lastSeq, protocolVersion: PROTOCOL_VERSION }));
      else resolve();
    });
    ws.on('error', reject);
  });
}

async function connectAll(delegates: Delegate[], lastSeq: (d: Delegate) => number): Promise<void> {
  for (let start = 0; start < delegates.length; start += 100) {
    await Promise.all(delegates.slice(start, start + 100).map((delegate) => connect(delegate, lastSeq(delegate))));
  }
}

async function main(): Promise<void> {
  const delegates: Delegate[] = config.tokens.map((token) => ({ ws: null as unknown as WebSocket, seq: 0, currentItemId: null, token }));
  await connectAll(delegates, () => 0);
  const driver: Delegate = { ws: null as unknown as WebSocket, seq: 0, currentItemId: null, token: config.driverToken };
  await connect(driver, 0);
  let request = 0;
  const change = (itemId: string) => {
    request += 1;
    if (config.mode === 'hub') driver.ws.send(JSON.stringify({ type: 'command', requestId: `d${request}`, command: { type: 'agenda.setCurrent', itemId } }));
    else driver.ws.send(`go:${itemId}`);
  };
  /** Resolves when every delegate holds `itemId` as the current item. */
  const allHold = (itemId: string) =>
    new Promise<void>((resolve) => {
      let missing = delegates.filter((delegate) => delegate.currentItemId !== itemId).length;
      if (missing === 0) return resolve();
      onChange = (delegate) => {
        if (delegate.currentItemId === itemId) {
          missing = delegates.filter((d) => d.currentItemId !== itemId).length;
          if (missing === 0) {
            onChange = null;
            resolve();
          }
        }
      };
    });
  process.send?.({ type: 'ready' });

  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the parent waits for the reply, so nothing is left unhandled.
  process.on('message', async (command: Command) => {
    if (command.type === 'stop') {
      for (const delegate of [...delegates, driver]) delegate.ws.close();
      process.exit(0);
    }
    if (command.type === 'fanout') {
      const latencies: number[] = [];
      for (let rep = 0; rep < command.repetitions; rep += 1) {
        const itemId = config.itemIds[rep % config.itemIds.length] ?? '';
        const done = allHold(itemId);
        const sentAt = performance.now();
        change(itemId);
        await done;
        latencies.push(performance.now() - sentAt);
        // Paced within the hub's rate limit for one connection (20 messages a second).
        await new Promise((resolve) => setTimeout(resolve, 55));
      }
      process.send?.({ type: 'result', latencies });
    }
    if (command.type === 'reconnect') {
      const durations: number[] = [];
      for (let round = 0; round < command.rounds; round += 1) {
        const droppedAt = performance.now();
        for (const delegate of delegates) {
          delegate.ws.removeAllListeners();
          delegate.ws.terminate();
        }
        let target = '';
        for (let i = 0; i < command.changes; i += 1) {
          target = config.itemIds[(round + i + 1) % config.itemIds.length] ?? '';
          change(target);
        }
        await connectAll(delegates, (delegate) => delegate.seq);
        await allHold(target);
        durations.push(performance.now() - droppedAt);
      }
      process.send?.({ type: 'result', latencies: durations });
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
