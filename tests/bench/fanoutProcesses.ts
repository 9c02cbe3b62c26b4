/**
 * What the fan-out benchmarks share: the load-client process (tests/bench/fanoutClients.ts)
 * driven over IPC, the bare ws baseline measured against the same clients, and
 * the agenda item ids the driver switches between.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../src/shared/protocol';

/** Changes measured per size, after this many to warm up. */
export const FANOUT_REPETITIONS = 120;
export const FANOUT_WARM_UP = 20;

export interface FanoutClientsConfig {
  socketUrl: string;
  /** One token per device (hub) or empty strings (baseline). */
  tokens: string[];
  driverToken: string;
  mode: 'hub' | 'baseline';
  itemIds: string[];
}

export function waitMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type: string }) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`a benchmark process exited with ${code}`)));
  });
}

/** Starts the load clients in a process of their own and resolves once every one is connected. */
export async function startFanoutClients(config: FanoutClientsConfig): Promise<ChildProcess> {
  const child = fork('out/bench/fanoutClients.mjs', [JSON.stringify(config)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await waitMessage(child, 'ready');
  return child;
}

/** Sends the clients one command (`fanout`, `reconnect`) and resolves with the latencies it measured. */
export async function runFanoutClients(child: ChildProcess, command: object): Promise<number[]> {
  const done = waitMessage<{ latencies: number[] }>(child, 'result');
  child.send(command);
  return (await done).latencies;
}

/** Warm-up, then the measured changes of the current item, through the hub. */
export async function hubFanoutLatencies(child: ChildProcess): Promise<number[]> {
  await runFanoutClients(child, { type: 'fanout', repetitions: FANOUT_WARM_UP });
  return runFanoutClients(child, { type: 'fanout', repetitions: FANOUT_REPETITIONS });
}

/** The same measurement against a bare ws server broadcasting the same bytes to `n` clients. */
export async function baselineFanoutLatencies(n: number, itemIds: string[]): Promise<number[]> {
  const server = fork('out/bench/baselineServer.mjs', [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const { port } = await waitMessage<{ port: number }>(server, 'listening');
    const clients = await startFanoutClients({ socketUrl: `ws://127.0.0.1:${port}`, tokens: Array.from({ length: n }, () => ''), driverToken: '', mode: 'baseline', itemIds });
    try {
      return await hubFanoutLatencies(clients);
    } finally {
      clients.kill();
    }
  } finally {
    server.kill();
  }
}

/** The agenda item ids of the hub's session, read from the secretary's snapshot. */
export function itemIdsOf(url: string, token: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/ws`);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token, lastSeq: 0, protocolVersion: PROTOCOL_VERSION })));
    ws.on('message', (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as { type: string; state?: { agenda: Array<{ id: string }> } };
      if (message.type !== 'snapshot') return;
      ws.close();
      resolve(message.state?.agenda.map((item) => item.id) ?? []);
    });
    ws.on('error', reject);
  });
}
