/**
 * Connects a client to the hub: `connectSession` binds a zustand store of the
 * client's view (connection status, who we are, and the session state kept
 * current with the shared `apply`) to a HubClient, and offers `sendCommand`.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { apply, initialState } from '../../shared/core';
import type { Acknowledgement, Command, ErrorCode, HubMessage, PairingLink, Result, RevokedReason, SessionState, WelcomeMessage } from '../../shared/protocol';
import { rejection } from '../../shared/protocol';
import { createHubClockOffset } from './hubClockOffset';
import { HubClient } from './hubClient';
import type { ConnectionStatus, SocketFactory } from './hubClient';

export interface SessionView {
  status: ConnectionStatus;
  /** True once the state matches the hub after the latest (re)connect. */
  synced: boolean;
  seq: number;
  me: WelcomeMessage['principal'] | null;
  state: SessionState;
  /** Principal ids online now (staff only). */
  online: string[];
  /** Delegates whose viewer follows the presenter now (staff only). */
  following: string[];
  /** Every principal's link (secretary only). */
  pairingLinks: PairingLink[];
  /** Where an iPad installs the hub's CA, and its fingerprint (secretary only; null when there is nothing to install). */
  pairingSetup: { setupUrl: string; caFingerprint: string } | null;
  /** Open votes' progress (staff only). */
  voteProgress: Record<string, VoteProgress>;
  /** Whether the hub holds this delegate's ballot, per open vote (told after each reconnect). */
  ballotStatus: Record<string, boolean>;
  /** The latest error the hub sent that answered no command of ours. */
  notice: { code: ErrorCode; message: string } | null;
  /** Why this device's link stopped working, once the hub said so. */
  revokedReason: RevokedReason | null;
  /**
   * The hub's clock minus this device's (ms), measured from the welcome at connect, then
   * from every pong (a ping goes out every 10 s) and every event's stamp; null until known.
   */
  hubClockOffsetMs: number | null;
  /** The hub's new address, as the hub last told it (unchecked: see movedHubAddress.ts); null until told. */
  hubAddress: string | null;
  // The record: the hub serves this session read-only (a broken chain, a restored archive), as its welcome said.
  readOnly: boolean;
}

export type VoteProgress = Extract<HubMessage, { type: 'voteProgress' }>;

/** The hub's answer to a command, or `offline`/`timeout` when none came. */
export type CommandOutcome = Result<Acknowledgement, ErrorCode | 'offline' | 'timeout'>;

export interface SessionConnection {
  store: StoreApi<SessionView>;
  /** This device's token, for the hub's HTTP routes (documents). */
  readonly token: string;
  /** The hub's HTTP address; '' for the page's own origin. */
  readonly httpBase: string;
  /** Tells the hub whether the viewer follows the presenter; false when offline. */
  sendFollow(following: boolean): boolean;
  sendCommand(command: Command): Promise<CommandOutcome>;
  retryNow(): void;
  stop(): void;
}

export interface ConnectOptions {
  url: string;
  token: string;
  httpBase?: string;
  createSocket?: SocketFactory;
  commandTimeoutMs?: number;
  /** The hub switched to another session (close code 4010): the caller connects again, with that session's token. */
  onSessionChanged?(): void;
  /** This device's clock (ms since the epoch); tests give a clock that is wrong on purpose. */
  now?: () => number;
}

export function initialView(): SessionView {
  return {
    status: 'connecting',
    synced: false,
    seq: 0,
    me: null,
    state: initialState,
    online: [],
    following: [],
    pairingLinks: [],
    pairingSetup: null,
    voteProgress: {},
    ballotStatus: {},
    notice: null,
    revokedReason: null,
    hubClockOffsetMs: null,
    hubAddress: null,
    readOnly: false,
  };
}

/** Folds one hub message into the view. Pure, so it is tested on its own. */
export function reduceView(view: SessionView, message: HubMessage): SessionView {
  switch (message.type) {
    case 'welcome':
      // The hub serves another session now: nothing of the old one's live facts still holds.
      if (message.sessionId !== view.state.session?.id && view.state.session !== null) {
        const cleared = { online: [], following: [], pairingLinks: [], voteProgress: {}, ballotStatus: {}, notice: null };
        return { ...view, me: message.principal, synced: false, ...cleared, readOnly: message.readOnly === true };
      }
      return { ...view, me: message.principal, synced: false, readOnly: message.readOnly === true };
    case 'snapshot':
      return { ...view, state: message.state, seq: message.seq, synced: true };
    case 'events': {
      let { state, seq } = view;
      for (const stored of message.events) {
        if (stored.seq <= seq) continue;
        state = apply(state, stored.event);
        seq = stored.seq;
      }
      return { ...view, state, seq, synced: true };
    }
    case 'presence':
      return { ...view, online: message.online };
    case 'following':
      return { ...view, following: message.following };
    case 'pairingLinks':
      return {
        ...view,
        pairingLinks: message.links,
        pairingSetup:
          message.setupUrl !== undefined && message.caFingerprint !== undefined ? { setupUrl: message.setupUrl, caFingerprint: message.caFingerprint } : null,
      };
    case 'voteProgress':
      return { ...view, voteProgress: { ...view.voteProgress, [message.voteId]: message } };
    case 'ballotStatus':
      return { ...view, ballotStatus: { ...view.ballotStatus, [message.voteId]: message.voted } };
    case 'error':
      return message.requestId === undefined ? { ...view, notice: { code: message.code, message: message.message } } : view;
    case 'hubAddress':
      return { ...view, hubAddress: message.url };
    case 'revoked':
      return { ...view, revokedReason: message.reason ?? 'replaced' };
    case 'ack':
    case 'pong':
      return view;
    default: {
      const unhandled: never = message;
      return unhandled;
    }
  }
}

export function connectSession(options: ConnectOptions): SessionConnection {
  const store = createStore<SessionView>(() => initialView());
  const pending = new Map<string, (outcome: CommandOutcome) => void>();
  const hubClock = createHubClockOffset();
  const localNow = options.now ?? Date.now;
  let nextRequest = 1;

  const client = new HubClient({
    sessionId: () => store.getState().state.session?.id ?? null,
    url: options.url,
    token: options.token,
    lastSeq: () => store.getState().seq,
    ...(options.createSocket ? { createSocket: options.createSocket } : {}),
    ...(options.onSessionChanged ? { onSessionChanged: options.onSessionChanged } : {}),
    onStatus(status) {
      store.setState({ status, ...(status === 'online' ? {} : { synced: false }) });
      if (status !== 'online') settleAll(rejection('offline', 'The connection was lost before the hub answered'));
    },
    onMessage(message) {
      // The clock offset lands with the events that measured it, in one update, so a vote
      // that just opened is never timed on this device's clock alone.
      // The hub's clock arrives with the welcome, each pong and every event's stamp.
      if (message.type === 'events' || message.type === 'welcome' || message.type === 'pong') {
        const now = localNow();
        if (message.type === 'events') for (const stored of message.events) hubClock.observe(stored.at, now);
        else hubClock.observe(message.hubTime, now);
        store.setState({ ...reduceView(store.getState(), message), hubClockOffsetMs: hubClock.offsetMs(now) });
      } else store.setState(reduceView(store.getState(), message));
      if (message.type === 'ack') {
        const { seq, receipt, duplicate, selections } = message;
        pending.get(message.requestId)?.({
          ok: true,
          seq,
          ...(receipt === undefined ? {} : { receipt }),
          ...(duplicate === undefined ? {} : { duplicate }),
          ...(selections === undefined ? {} : { selections }),
        });
      }
      if (message.type === 'error' && message.requestId !== undefined) {
        pending.get(message.requestId)?.(rejection(message.code, message.message));
      }
    },
  });

  function settleAll(outcome: CommandOutcome): void {
    for (const settle of [...pending.values()]) settle(outcome);
  }

  client.start();

  return {
    store,
    token: options.token,
    httpBase: options.httpBase ?? '',
    sendFollow: (following) => client.send({ type: 'follow', following }),
    retryNow: () => client.retryNow(),
    stop: () => {
      client.stop();
      settleAll(rejection('offline', 'The client stopped'));
    },
    sendCommand(command) {
      const requestId = `r${nextRequest++}`;
      return new Promise<CommandOutcome>((resolve) => {
        const timer = setTimeout(() => settle(rejection('timeout', 'The hub did not answer in time')), options.commandTimeoutMs ?? 10_000);
        const settle = (outcome: CommandOutcome) => {
          clearTimeout(timer);
          pending.delete(requestId);
          resolve(outcome);
        };
        pending.set(requestId, settle);
        if (!client.send({ type: 'command', requestId, command })) {
          settle(rejection('offline', 'Not connected to the hub'));
        }
      });
    },
  };
}
