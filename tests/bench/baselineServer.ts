/**
 * The baseline for fan-out: a bare ws server that, on "go:<itemId>", sends
 * every connected client the same bytes the hub would send for a change of
 * the current item. Nothing else: no protocol, no log, no projection.
 */
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
let seq = 0;
wss.on('connection', (ws) => {
  ws.on('message', (data) => {
    const text = data.toString();
    if (!text.startsWith('go:')) return;
    seq += 1;
    const payload = JSON.stringify({ type: 'events', events: [{ seq, at: Date.now(), event: { type: 'agenda.currentSet', itemId: text.slice(3) } }] });
    for (const client of wss.clients) client.send(payload);
  });
});
wss.on('listening', () => {
  const address = wss.address();
  process.send?.({ type: 'listening', port: typeof address === 'object' && address !== null ? address.port : 0 });
});
