/**
 * A real `ws` client for integration tests: records every message from the hub
 * and waits for the ones a test expects, with a timeout that names what was awaited.
 */
import WebSocket from 'ws';
import type { ClientOptions } from 'ws';
import { apply, initialState } from '../../src/shared/core';
import type { ClientMessage, HubMessage, SessionState } from '../../src/shared/protocol';
import { hubMessageSchema, PROTOCOL_VERSION } from '../../src/shared/protocol';

export class TestSocket {
  readonly messages: HubMessage[] = [];
  /** The session state as this client sees it, folded with the shared apply. */
  state: SessionState = initialState;
  seq = 0;
  closeCode: number | null = null;
  private waiters: Array<() => void> = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = hubMessageSchema.parse(JSON.parse(data.toString()));
      this.messages.push(message);
      if (message.type === 'snapshot') {
        this.state = message.state;
        this.seq = message.seq;
      }
      if (message.type === 'events') {
        for (const stored of message.events) {
          if (stored.seq <= this.seq) continue;
          this.state = apply(this.state, stored.event);
          this.seq = stored.seq;
        }
      }
      this.wake();
    });
    ws.on('close', (code) => {
      this.closeCode = code;
      this.wake();
    });
  }

  /** `options` are ws's client options, e.g. `ca` to trust a hub's own CA over wss. */
  static async open(url: string, headers: Record<string, string> = {}, options: ClientOptions = {}): Promise<TestSocket> {
    const ws = new WebSocket(url, { ...options, headers });
    const socket = new TestSocket(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return socket;
  }

  /**
   * Opens a socket, says hello and waits until the client is in sync. A client
   * resuming passes the state and seq it had; a bare number is a lastSeq alone.
   */
  static async connect(
    url: string,
    token: string,
    resume: number | { state: SessionState; seq: number } = 0,
    options: ClientOptions = {},
  ): Promise<TestSocket> {
    const socket = await TestSocket.open(url, {}, options);
    if (typeof resume === 'object') {
      socket.state = resume.state;
      socket.seq = resume.seq;
    }
    const lastSeq = typeof resume === 'object' ? resume.seq : resume;
    socket.send({ type: 'hello', token, lastSeq, protocolVersion: PROTOCOL_VERSION });
    await socket.waitFor((m) => m.type === 'snapshot' || m.type === 'events', 'the catch-up after hello');
    return socket;
  }

  send(message: ClientMessage): void {
    this.ws.send(JSON.stringify(message));
  }

  sendRaw(data: string | Buffer): void {
    this.ws.send(data);
  }

  /** Waits for a message matching `match` that arrived after `from` (an index into messages). */
  async waitFor<T extends HubMessage>(match: (message: HubMessage) => message is T, what: string, from?: number): Promise<T>;
  async waitFor(match: (message: HubMessage) => boolean, what: string, from?: number): Promise<HubMessage>;
  async waitFor(match: (message: HubMessage) => boolean, what: string, from = 0): Promise<HubMessage> {
    return this.until(() => this.messages.slice(from).find(match), what);
  }

  async waitForClose(what = 'the socket to close'): Promise<number> {
    return this.until(() => this.closeCode ?? undefined, what);
  }

  /** Waits until `check` returns something other than undefined. */
  async until<T>(check: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = check();
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Sends a command and waits for its ack or error. */
  async command(command: Extract<ClientMessage, { type: 'command' }>['command'], requestId = `r${Math.random()}`): Promise<HubMessage> {
    const from = this.messages.length;
    this.send({ type: 'command', requestId, command });
    return this.waitFor((m) => (m.type === 'ack' || m.type === 'error') && m.requestId === requestId, `the reply to ${command.type}`, from);
  }

  close(): void {
    this.ws.close();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
