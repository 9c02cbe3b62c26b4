/**
 * The delegates of a vote storm, in a process of their own: N real ws clients
 * that say hello, then on each "storm" cast one ballot each, spread over one
 * second, and report every ballot's time to acknowledgement.
 */
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../src/shared/protocol';

interface Config {
  socketUrl: string;
  tokens: string[];
}

type ParentMessage = { type: 'storm'; voteId: string; spreadMs: number } | { type: 'stop' };

const config = JSON.parse(process.argv[2] ?? '{}') as Config;
const pending = new Map<string, { sentAt: number; resolve: (latency: number | null) => void }>();
let storm = 0;

function connect(token: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(config.socketUrl, { perMessageDeflate: false });
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token, lastSeq: 0, protocolVersion: PROTOCOL_VERSION })));
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { type: string; requestId?: string };
      if (message.type === 'snapshot') resolve(ws);
      if ((message.type === 'ack' || message.type === 'error') && message.requestId) {
        const waiting = pending.get(message.requestId);
        if (waiting) {
          pending.delete(message.requestId);
          waiting.resolve(message.type === 'ack' ? performance.now() - waiting.sentAt : null);
        }
      }
    });
    ws.on('error', reject);
  });
}

async function main(): Promise<void> {
  const sockets: WebSocket[] = [];
  for (let start = 0; start < config.tokens.length; start += 100) {
    sockets.push(...(await Promise.all(config.tokens.slice(start, start + 100).map(connect))));
  }
  process.send?.({ type: 'ready' });
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'stop') {
      for (const ws of sockets) ws.close();
      process.exit(0);
    }
    storm += 1;
    const begun = performance.now();
    let lastSentAt = 0;
    const replies = sockets.map(
      (ws, index) =>
        new Promise<number | null>((resolve) => {
          const delay = (index * message.spreadMs) / sockets.length;
          setTimeout(() => {
            const requestId = `s${storm}-${index}`;
            const sentAt = performance.now();
            pending.set(requestId, { sentAt, resolve });
            ws.send(JSON.stringify({ type: 'command', requestId, command: { type: 'vote.cast', voteId: message.voteId, seat: index + 1, ballotId: `storm-${storm}-${index}-ballot`, selections: [{ row: 'motion', option: ['for', 'against', 'abstain'][index % 3] }] } }));
            lastSentAt = Math.max(lastSentAt, performance.timeOrigin + sentAt);
          }, delay);
        }),
    );
    void Promise.all(replies).then((latencies) => {
      process.send?.({ type: 'stormDone', latencies: latencies.filter((l): l is number => l !== null), failed: latencies.filter((l) => l === null).length, lastSentAt, tookMs: performance.now() - begun });
    });
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
