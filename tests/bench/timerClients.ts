/**
 * The devices of the timer-cpu benchmark, in a process of their own: N
 * delegates that say hello, then ping every 10 s as the apps do (each pong
 * keeps a device's hub clock offset fresh), staggered over the interval.
 * They report when every one of them holds the turn the chair granted.
 */
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../src/shared/protocol';
import { RECONNECT } from '../../src/renderer/client/reconnectPolicy';

interface Config {
  socketUrl: string;
  tokens: string[];
}

const config = JSON.parse(process.argv[2] ?? '{}') as Config;
const sockets: WebSocket[] = [];
// Node clears a timeout with clearInterval too, so the start delays and the intervals share one list.
const pingTimers: Array<ReturnType<typeof setInterval>> = [];
let holdingTurn = 0;
let pongs = 0;

function connect(token: string, index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(config.socketUrl, { perMessageDeflate: false });
    sockets.push(ws);
    let sawTurn = false;
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token, lastSeq: 0, protocolVersion: PROTOCOL_VERSION })));
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { type: string; events?: Array<{ event: { type: string } }> };
      if (message.type === 'snapshot') {
        // The apps ping every 10 s; spread the hall's pings over that interval.
        const start = setTimeout(() => pingTimers.push(setInterval(() => ws.send('{"type":"ping"}'), RECONNECT.pingEveryMs)), (index * RECONNECT.pingEveryMs) / config.tokens.length);
        pingTimers.push(start);
        resolve();
      }
      if (message.type === 'pong') pongs += 1;
      if (message.type === 'events' && !sawTurn && message.events?.some((stored) => stored.event.type === 'speech.granted')) {
        sawTurn = true;
        holdingTurn += 1;
        if (holdingTurn === config.tokens.length) process.send?.({ type: 'allHoldTurn' });
      }
    });
    ws.on('error', reject);
  });
}

async function main(): Promise<void> {
  for (let start = 0; start < config.tokens.length; start += 100) {
    await Promise.all(config.tokens.slice(start, start + 100).map((token, offset) => connect(token, start + offset)));
  }
  process.on('message', (message: { type: string }) => {
    if (message.type === 'pongs') process.send?.({ type: 'pongs', pongs });
    if (message.type === 'stop') {
      for (const timer of pingTimers) clearInterval(timer);
      for (const ws of sockets) ws.close();
      process.exit(0);
    }
  });
  process.send?.({ type: 'ready' });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
