/**
 * The protocol client shared by the console, the delegate app and the screen.
 * A small state machine: connecting → online → (offline → connecting …), ending
 * in revoked, unauthorized or incompatible, which no retry can fix. Every
 * message from the hub is parsed with the protocol schema before use, and
 * replies to an out-of-date socket are ignored.
 */
import type { ClientMessage, HubMessage } from '../../shared/protocol';
import { CLOSE_CODES, hubMessageSchema, PROTOCOL_VERSION } from '../../shared/protocol';
import { RECONNECT, reconnectDelay } from './reconnectPolicy';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'revoked' | 'unauthorized' | 'incompatible';

/** The part of the WebSocket API the client uses; the browser's and the `ws` package's both fit. */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}
export type SocketFactory = (url: string) => SocketLike;

export interface HubClientOptions {
  url: string;
  token: string;
  /** The session the caller's state belongs to, sent in every hello: another one on the hub means a snapshot, not a resume. */
  sessionId?(): string | null;
  /** The last seq the caller applied, sent in every hello. */
  lastSeq(): number;
  onMessage(message: HubMessage): void;
  onStatus(status: ConnectionStatus): void;
  /** The hub switched to another session (close code 4010); without it the client reconnects on its own. */
  onSessionChanged?(): void;
  createSocket?: SocketFactory;
  /** Hooks for early retries (online, visibilitychange); the browser's window by default. */
  environment?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document?: { visibilityState: string } };
}

const OPEN = 1;
const FINAL_CLOSE: Record<number, ConnectionStatus> = {
  [CLOSE_CODES.revoked]: 'revoked',
  [CLOSE_CODES.unauthorized]: 'unauthorized',
  [CLOSE_CODES.unsupportedVersion]: 'incompatible',
};

export class HubClient {
  private socket: SocketLike | null = null;
  private status: ConnectionStatus = 'connecting';
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private lastHeardAt = 0;
  private stopped = false;
  private readonly createSocket: SocketFactory;

  constructor(private readonly options: HubClientOptions) {
    this.createSocket = options.createSocket ?? ((url) => new WebSocket(url) as unknown as SocketLike);
  }

  start(): void {
    const env = this.environment();
    for (const [name, listener] of this.deviceListeners()) env?.addEventListener(name, listener);
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    const env = this.environment();
    for (const [name, listener] of this.deviceListeners()) env?.removeEventListener(name, listener);
    this.clearTimers();
    this.socket?.close(1000, 'client stopped');
    this.socket = null;
  }

  /** Sends a message now; false when there is no open connection. */
  send(message: ClientMessage): boolean {
    if (this.status !== 'online' || !this.socket || this.socket.readyState !== OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  /**
   * Skips the backoff wait and tries at once (the user pressed "retry", or the
   * device came back online). An attempt already under way is left to finish.
   */
  retryNow(): void {
    if (this.isFinal() || this.stopped || this.status !== 'offline') return;
    this.failures = 0;
    this.connect();
  }

  private environment(): HubClientOptions['environment'] {
    return this.options.environment ?? (typeof window === 'undefined' ? undefined : window);
  }

  /** What the device tells us about its network and screen, and how each is handled. */
  private deviceListeners(): Array<[string, () => void]> {
    return [
      ['online', this.retrySoon],
      ['offline', this.onOffline],
      ['pageshow', this.retrySoon],
      ['visibilitychange', this.onVisibility],
    ];
  }

  private readonly retrySoon = () => this.retryNow();

  /** The device lost its network (Wi-Fi dropped): the socket is as good as dead, so say so at once. */
  private readonly onOffline = () => {
    if (this.status === 'online' || this.status === 'connecting') this.dropConnection();
  };

  private readonly onVisibility = () => {
    const visible = this.environment()?.document?.visibilityState === 'visible';
    if (!visible) return;
    if (this.status === 'online') this.checkSilence();
    else this.retryNow();
  };

  private isFinal(): boolean {
    return this.status === 'revoked' || this.status === 'unauthorized' || this.status === 'incompatible';
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.options.onStatus(status);
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.retryTimer = null;
    this.pingTimer = null;
  }

  private connect(): void {
    this.clearTimers();
    const previous = this.socket;
    if (previous) {
      previous.onopen = previous.onmessage = previous.onclose = previous.onerror = null;
      previous.close(1000, 'reconnecting');
    }
    this.setStatus(this.status === 'offline' ? 'offline' : 'connecting');
    let socket: SocketLike;
    try {
      socket = this.createSocket(this.options.url);
    } catch {
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      this.lastHeardAt = Date.now();
      const sessionId = this.options.sessionId?.() ?? null;
      const hello: ClientMessage = { type: 'hello', token: this.options.token, lastSeq: this.options.lastSeq(), protocolVersion: PROTOCOL_VERSION, ...(sessionId === null ? {} : { sessionId }) };
      socket.send(JSON.stringify(hello));
    };
    socket.onmessage = (event) => {
      if (this.socket !== socket) return;
      this.lastHeardAt = Date.now();
      const message = parseHubMessage(event.data);
      if (!message) return;
      if (message.type === 'welcome') {
        this.failures = 0;
        this.setStatus('online');
        this.pingTimer = setInterval(() => this.keepAlive(), RECONNECT.pingEveryMs);
      }
      if (message.type === 'revoked') this.setStatus('revoked');
      this.options.onMessage(message);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.clearTimers();
      if (event.code === CLOSE_CODES.sessionChanged && this.options.onSessionChanged) {
        this.stop();
        this.setStatus('offline');
        this.options.onSessionChanged();
        return;
      }
      const final = FINAL_CLOSE[event.code];
      if (final) {
        this.setStatus(final);
        return;
      }
      if (this.isFinal() || this.stopped) return;
      this.setStatus('offline');
      this.scheduleRetry();
    };
    socket.onerror = () => {
      /* onclose follows and decides what happens next */
    };
  }

  private scheduleRetry(): void {
    if (this.stopped || this.isFinal()) return;
    const delay = reconnectDelay(this.failures);
    this.failures += 1;
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private keepAlive(): void {
    if (this.checkSilence()) this.send({ type: 'ping' });
  }

  /** Drops a connection that has been silent too long; true when it still looks alive. */
  private checkSilence(): boolean {
    if (Date.now() - this.lastHeardAt <= RECONNECT.silenceLimitMs) return true;
    this.dropConnection();
    return false;
  }

  /** Abandons the current socket without waiting for its close handshake, and schedules a retry. */
  private dropConnection(): void {
    const socket = this.socket;
    if (socket) {
      socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
      socket.close(1000, 'connection abandoned');
    }
    this.socket = null;
    this.clearTimers();
    this.setStatus('offline');
    this.scheduleRetry();
  }
}

function parseHubMessage(data: unknown): HubMessage | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed = hubMessageSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
