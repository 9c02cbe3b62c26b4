/**
 * Starts a hub: the event log, the session engine, HTTP and WebSocket on one
 * port. Runs under plain Node; the Electron entry runs it in a utility process.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { SessionDefinition } from '../../shared/core';
import { CLOSE_CODES, LIMITS, PROTOCOL_VERSION } from '../../shared/protocol';
import type { PairingLink } from '../../shared/protocol';
import { loadOrCreateHubKey } from './auth/hubKey';
import { pairingLinks } from './auth/pairingLinks';
import { BALLOTS_FILE, DATABASE_FILE, ensureDataFolder, writeHubInfo } from './dataFolder';
import { openDocumentStore } from './documents/documentStore';
import { seedDocuments } from './documents/seedDocuments';
import { createHttpHandler } from './http/httpHandler';
import type { HealthReport } from './http/httpHandler';
import { isAllowedHost, isSameOriginUpgrade } from './http/requestGuard';
import { isWildcardHost, lanAddress } from './lanAddress';
import { silentLogger } from './logger';
import type { Logger } from './logger';
import { createLiveFacts } from './liveFacts';
import { createPageTurnCoalescer } from './pageTurnCoalescer';
import { createStaffUpdates } from './staffUpdates';
import { createBallotBox } from './voting/ballotBox';
import { openBallotStore } from './voting/ballotStore';
import { createSessionEngine } from './sessionEngine';
import type { SessionEngine } from './sessionEngine';
import { openSqliteEventLog } from './store/sqliteEventLog';
import { storageFailureOf } from './store/storageFailure';
import { handleConnection } from './ws/clientConnection';
import { createConnectionLimits, limitBytesBeforeHello } from './ws/connectionLimits';
import type { ConnectionLimitOptions } from './ws/connectionLimits';
import type { HubClient } from './ws/clientConnection';
import { ClientRegistry } from './ws/clientRegistry';
import { fanOutEvents, serialize } from './ws/fanOut';

/** 200 MB: larger than any council paper, small enough to refuse a mistake. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

export interface HubOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** The interface to listen on; every interface when left out. */
  host?: string;
  /** Where the built console, delegate and screen apps are. */
  rendererDir: string;
  /** The session to create when the data folder holds none (the demo session). */
  seed?: SessionDefinition;
  /** Where the seed's documents are; without it the seed gets no documents. */
  seedDocumentsDir?: string;
  /** The largest PDF an import accepts. */
  maxDocumentBytes?: number;
  /** Host names, besides IP literals and localhost, that the hub answers to. */
  allowedHostNames?: string[];
  log?: Logger;
  /** How often dead sockets are looked for. */
  heartbeatMs?: number;
  /** How long a new socket may take to say hello before it is closed. */
  helloTimeoutMs?: number;
  /** Caps on sockets, in total and per address, and on what they send before hello. */
  connectionLimits?: ConnectionLimitOptions;
}

export interface Hub {
  readonly port: number;
  /** The address for a browser on this machine. */
  readonly localUrl: string;
  /** The address iPads on the LAN use; pairing links are built on it. */
  readonly publicUrl: string;
  readonly engine: SessionEngine;
  health(): HealthReport;
  pairingLinks(): PairingLink[];
  stop(): Promise<void>;
}

export async function startHub(options: HubOptions): Promise<Hub> {
  const log = options.log ?? silentLogger;
  ensureDataFolder(options.dataDir);
  const key = loadOrCreateHubKey(options.dataDir);
  const eventLog = openSqliteEventLog(join(options.dataDir, DATABASE_FILE));
  const ballotStore = openBallotStore(join(options.dataDir, BALLOTS_FILE));
  const engine = createSessionEngine({
    log: eventLog,
    key,
    storageFailure: (error) => storageFailureOf(error, options.dataDir),
    voting: () => ({
      presentSeats: () => facts.onlineSeats(),
      tally: (voteId) => {
        const vote = engine.state().votes.find((candidate) => candidate.id === voteId);
        if (!vote) throw new Error(`No vote ${voteId}`);
        return ballotStore.tally(vote);
      },
      named: (voteId) => ballotStore.named(voteId),
    }),
  });
  const store = openDocumentStore(options.dataDir);
  if (options.seed && engine.seedIfEmpty(options.seed) && options.seedDocumentsDir) {
    await seedDocuments(engine, store, options.seed, options.seedDocumentsDir, log);
  }

  const registry = new ClientRegistry();
  const facts = createLiveFacts(engine, registry, ballotStore);
  const pageTurns = createPageTurnCoalescer(engine);
  const staff = createStaffUpdates(registry, facts.forStaff);
  const ballots = createBallotBox(engine, ballotStore, () => staff.changed());
  const guard = { allowedHostNames: options.allowedHostNames ?? [] };
  let publicUrl = '';
  const links = () => pairingLinks(engine.state(), engine.tokens(), publicUrl);
  const health = (): HealthReport => ({
    ok: true,
    sessionId: engine.state().session?.id ?? null,
    seq: engine.seq(),
    clients: registry.count(),
    protocolVersion: PROTOCOL_VERSION,
  });

  engine.onCommit((events) => {
    fanOutEvents(registry, events);
    if (events.some(({ event }) => event.type.startsWith('vote.'))) staff.changed();
    const reissued = events.flatMap(({ event }) => (event.type === 'pairing.reissued' ? [event] : []));
    if (reissued.length === 0) return;
    for (const event of reissued) {
      for (const client of registry.ofPrincipal(event.principalId) as HubClient[]) {
        if (client.generation >= event.generation) continue;
        client.send(serialize({ type: 'error', code: 'revoked', message: 'This link was replaced by a newer one' }));
        client.send(serialize({ type: 'revoked' }));
        client.close(CLOSE_CODES.revoked, 'token revoked');
      }
    }
    const text = serialize({ type: 'pairingLinks', links: links() });
    for (const client of registry.withRole('secretary')) client.send(text);
  });

  const server = createServer(
    createHttpHandler({
      rendererDir: options.rendererDir,
      documents: { engine, store, maxDocumentBytes: options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES },
      guard,
      health,
      localToken: (role) => engine.tokens().tokenOf(role),
    }),
  );
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.hardMaxFrameBytes, perMessageDeflate: false });
  const alive = new WeakMap<WebSocket, boolean>();

  const limits = createConnectionLimits(options.connectionLimits);
  // Keeps file handles free for the stores: past this, Node drops new TCP connections at once.
  if (limits.maxServerConnections !== null) server.maxConnections = limits.maxServerConnections;

  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://hub.invalid').pathname;
    if (path !== '/ws' || !isAllowedHost(req.headers.host, guard) || !isSameOriginUpgrade(req.headers.origin, req.headers.host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    const admission = limits.admit(req.socket.remoteAddress);
    if (!admission.ok) {
      log.warn('socket refused', { reason: admission.reason });
      socket.end('HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    socket.once('close', admission.release);
    wss.handleUpgrade(req, socket, head, (ws) => {
      alive.set(ws, true);
      ws.on('pong', () => alive.set(ws, true));
      const helloAccepted = limitBytesBeforeHello(socket, limits.maxBytesBeforeHello, () => {
        log.warn('closing a socket that sent too much before hello', { address: req.socket.remoteAddress });
        ws.terminate();
      });
      handleConnection(ws, { engine, registry, staffChanged: staff.changed, staffMessages: facts.forStaff, ballotStatus: facts.forDelegate, ballots, pairingLinks: links, pageTurns, log, helloAccepted, ...(options.helloTimeoutMs === undefined ? {} : { helloTimeoutMs: options.helloTimeoutMs }) });
    });
  });

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, options.heartbeatMs ?? 15_000);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const localHost = isWildcardHost(options.host) ? '127.0.0.1' : (options.host as string);
  const publicHost = isWildcardHost(options.host) ? lanAddress() : (options.host as string);
  const localUrl = `http://${urlHost(localHost)}:${port}`;
  publicUrl = `http://${urlHost(publicHost)}:${port}`;
  writeHubInfo(options.dataDir, { publicUrl, port });
  log.info('hub listening', { localUrl, publicUrl, seq: engine.seq() });

  let stopped: Promise<void> | null = null;
  return {
    port,
    localUrl,
    publicUrl,
    engine,
    health,
    pairingLinks: links,
    stop() {
      stopped ??= (async () => {
        clearInterval(heartbeat);
        staff.stop();
        pageTurns.flush();
        ballots.flush();
        for (const ws of wss.clients) ws.close(1001, 'hub shutting down');
        await new Promise<void>((resolve) => wss.close(() => resolve()));
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        for (const ws of wss.clients) ws.terminate();
        eventLog.close();
        ballotStore.close();
        log.info('hub stopped');
      })();
      return stopped;
    },
  };
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
