/**
 * Starts a hub: the event log, the session engine, HTTPS and WSS on one port
 * (plain HTTP only when asked for), and a plain-HTTP port that serves only the
 * iPad setup page. Runs under plain Node; the Electron entry runs it in a
 * utility process.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { SessionDefinition } from '../../shared/core';
import { PROTOCOL_VERSION } from '../../shared/protocol';
import type { PairingLink } from '../../shared/protocol';
import { loadOrCreateHubKey } from './auth/hubKey';
import { pairingLinks } from './auth/pairingLinks';
import { pairingLinksMessage, pairingSetup } from './auth/pairingSetup';
import type { PairingSetup } from './auth/pairingSetup';
import { BALLOTS_FILE, DATABASE_FILE, ensureDataFolder, writeHubInfo } from './dataFolder';
import { openDocumentStore } from './documents/documentStore';
import { seedDocuments } from './documents/seedDocuments';
import { createHttpHandler } from './http/httpHandler';
import type { HealthReport } from './http/httpHandler';
import { createSetupHandler } from './http/setupPage';
import { hubUrls } from './hubUrls';
import { hubNames } from './tls/hubNames';
import { loadOrCreateHubTls, loadProvidedTls } from './tls/hubTls';
import type { HubCa, HubTls } from './tls/hubTls';
import { silentLogger } from './logger';
import type { Logger } from './logger';
import type { Clock } from './clock';
import { createAttendanceMarker } from './attendanceMarker';
import { createLiveFacts } from './liveFacts';
import { createPageTurnCoalescer } from './pageTurnCoalescer';
import { createStaffUpdates } from './staffUpdates';
import { createBallotBox } from './voting/ballotBox';
import { openBallotStore } from './voting/ballotStore';
import { cancelledSecretVotes, discardCancelledCounts } from './voting/cancelledVotes';
import { createSessionEngine } from './sessionEngine';
import type { SessionEngine } from './sessionEngine';
import { openSqliteEventLog } from './store/sqliteEventLog';
import { storageFailureOf } from './store/storageFailure';
import { createStorageHealth } from './store/storageHealth';
import { guardTcpConnections } from './http/guardTcpConnections';
import { createConnectionLimits } from './ws/connectionLimits';
import type { ConnectionLimitOptions } from './ws/connectionLimits';
import { ClientRegistry } from './ws/clientRegistry';
import { fanOutEvents, serialize } from './ws/fanOut';
import { revokeReplacedLinks } from './ws/revokeReplacedLinks';
import { attachWebSocketEndpoint } from './ws/webSocketEndpoint';

/**
 * How clients reach the hub: TLS with a certificate from the hub's own CA (the
 * default), TLS with an administrator's certificate, or plain HTTP, which the
 * hall Wi-Fi makes readable and alterable by anyone on it (tests only).
 */
export type HubTransport =
  | { kind: 'generated-tls' }
  | { kind: 'provided-tls'; certFile: string; keyFile: string }
  | { kind: 'insecure-http' };

/** 200 MB: larger than any council paper, small enough to refuse a mistake. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

export interface HubOptions {
  dataDir: string;
  /** The HTTPS and WSS port (plain HTTP with `insecure-http`); 0 picks a free port. */
  port: number;
  /** Left out: TLS with the hub's own CA. */
  transport?: HubTransport;
  /** The plain-HTTP port of the iPad setup page (TLS only); 0 picks a free port; left out, none. */
  httpPort?: number;
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
  /** How long a new connection may take to finish its TLS handshake (10 s). */
  tlsHandshakeTimeoutMs?: number;
  /** The clock of the page-turn and staff-update windows; tests pass one they move by hand. */
  clock?: Clock;
  /** The session's clock (event times, the welcome's and pongs' hub time); the system clock unless a test moves it. */
  sessionNow?: () => number;
}

export interface Hub {
  readonly port: number;
  /** The address for a browser on this machine. */
  readonly localUrl: string;
  /** The address iPads on the LAN use; pairing links are built on it. */
  readonly publicUrl: string;
  /** The hub's address on every LAN interface it listens on. */
  readonly lanUrls: string[];
  /** True when the hub serves HTTPS and WSS. */
  readonly secure: boolean;
  /** The plain-HTTP setup port; null when there is none. */
  readonly httpPort: number | null;
  /** The setup page iPads open to install the CA; null without a setup port. */
  readonly setupUrl: string | null;
  /** The hub's own CA; null with plain HTTP or an administrator's certificate. */
  readonly ca: HubCa | null;
  readonly engine: SessionEngine;
  health(): HealthReport;
  pairingLinks(): PairingLink[];
  stop(): Promise<void>;
}

/** A hall LAN finishes a TLS handshake in milliseconds; an idle connection is dropped after this. */
const TLS_HANDSHAKE_TIMEOUT_MS = 10_000;
/** The time a connection has to send its request headers. */
const HEADERS_TIMEOUT_MS = 15_000;
/** Connections the plain-HTTP setup page holds at once. */
const SETUP_PAGE_MAX_CONNECTIONS = 64;

export async function startHub(options: HubOptions): Promise<Hub> {
  const log = options.log ?? silentLogger;
  ensureDataFolder(options.dataDir);
  const tls = await loadTls(options);
  const eventLog = openSqliteEventLog(join(options.dataDir, DATABASE_FILE));
  // The key is on disk before a session can be created; a damaged one is replaced only while no session depends on it.
  const key = loadOrCreateHubKey(options.dataDir, { sessionExists: eventLog.lastSeq() > 0 });
  const ballotStore = openBallotStore(join(options.dataDir, BALLOTS_FILE));
  const storage = createStorageHealth();
  const engine = createSessionEngine({
    log: eventLog,
    key,
    ...(options.sessionNow ? { now: options.sessionNow } : {}),
    storageFailure: (error) => storage.failed(storageFailureOf(error, options.dataDir)),
    voting: () => ({
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
  const pageTurns = createPageTurnCoalescer(engine, { clock: options.clock });
  const staff = createStaffUpdates(registry, facts.forStaff, { clock: options.clock });
  const attendance = createAttendanceMarker({
    engine,
    connectedSeats: () => registry.withRole('delegate').flatMap((client) => (client.principal.seat === null ? [] : [client.principal.seat])),
    log,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const ballots = createBallotBox(engine, ballotStore, () => {
    storage.wrote();
    staff.changed();
  });
  const guard = { allowedHostNames: options.allowedHostNames ?? [] };
  let publicUrl = '';
  const links = () => pairingLinks(engine.state(), engine.tokens(), publicUrl);
  let setup: PairingSetup | null = null;
  const health = (): HealthReport => ({
    ok: storage.problem() === null,
    storage: storage.problem() ?? 'ok',
    sessionId: engine.state().session?.id ?? null,
    seq: engine.seq(),
    clients: registry.count(),
    protocolVersion: PROTOCOL_VERSION,
  });

  // Counts of cancelled secret votes leave the ballot file: at each cancel, and at start for a
  // cancel that a crash caught before its counts were gone.
  ballotStore.discardSecretCounts(cancelledSecretVotes(engine.state().votes));
  engine.onCommit((events) => {
    storage.wrote();
    fanOutEvents(registry, events);
    const cancelled = events.flatMap(({ event }) => (event.type === 'vote.cancelled' ? [event.voteId] : []));
    if (cancelled.length > 0) discardCancelledCounts(ballotStore, cancelled, log);
    if (events.some(({ event }) => event.type.startsWith('vote.'))) staff.changed();
    revokeReplacedLinks(registry, events, () => serialize(pairingLinksMessage(links(), setup)));
    attendance.committed();
  });

  const handler = createHttpHandler({
    rendererDir: options.rendererDir,
    documents: { engine, store, maxDocumentBytes: options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES },
    guard,
    health,
    localToken: (role) => engine.tokens().tokenOf(role),
  });
  // A connection must finish its TLS handshake, and then send its request headers, within seconds:
  // an idle connection from the Wi-Fi is not held for Node's default two minutes.
  const handshakeTimeout = options.tlsHandshakeTimeoutMs ?? TLS_HANDSHAKE_TIMEOUT_MS;
  const httpTimeouts = { headersTimeout: HEADERS_TIMEOUT_MS, connectionsCheckingInterval: 2_000 };
  const server: Server = tls
    ? createHttpsServer({ cert: tls.certPem, key: tls.keyPem, minVersion: 'TLSv1.2', handshakeTimeout, ...httpTimeouts }, handler)
    : createServer(httpTimeouts, handler);
  // A failed handshake (an untrusting client, a tampered record) only closes that socket.
  server.on('tlsClientError', () => undefined);
  let port = 0;
  const setupServer = tls && options.httpPort !== undefined ? createServer(createSetupHandler({ guard, httpsPort: () => port, ca: tls.ca, health })) : null;
  const limits = createConnectionLimits(options.connectionLimits);
  // Keeps file handles free for the stores: past this, Node drops new TCP connections at once.
  if (limits.maxServerConnections !== null) server.maxConnections = limits.maxServerConnections;
  guardTcpConnections(server, {
    maxConnections: limits.maxServerConnections,
    ...(options.connectionLimits?.unlimitedAddresses ? { unlimitedAddresses: options.connectionLimits.unlimitedAddresses } : {}),
  });
  if (setupServer) {
    // The setup page serves a few small files once per iPad: a small share of the handles is plenty,
    // and a flood of idle connections on it cannot starve the hub's own port.
    setupServer.maxConnections = SETUP_PAGE_MAX_CONNECTIONS;
    setupServer.requestTimeout = 30_000;
  }

  const sockets = attachWebSocketEndpoint(server, {
    guard,
    limits,
    heartbeatMs: options.heartbeatMs ?? 15_000,
    connection: {
      engine,
      registry,
      staffChanged: staff.changed,
      staffMessages: facts.forStaff,
      ballotStatus: facts.forDelegate,
      ballots,
      pairingLinks: links,
      pairingSetup: () => setup,
      pageTurns,
      log,
      deviceConnected: attendance.deviceConnected,
      ...(options.helloTimeoutMs === undefined ? {} : { helloTimeoutMs: options.helloTimeoutMs }),
      ...(options.sessionNow ? { now: options.sessionNow } : {}),
    },
  });

  await listen(server, options.port, options.host);
  port = (server.address() as AddressInfo).port;
  if (setupServer) {
    try {
      await listen(setupServer, options.httpPort ?? 0, options.host);
    } catch (error) {
      server.close();
      throw error;
    }
  }
  const httpPort = setupServer ? (setupServer.address() as AddressInfo).port : null;
  const urls = hubUrls(options.host, tls !== null, port, httpPort);
  publicUrl = urls.publicUrl;
  setup = pairingSetup(urls.setupUrl, tls?.ca ?? null);
  writeHubInfo(options.dataDir, { publicUrl, port });
  log.info('hub listening', { localUrl: urls.localUrl, publicUrl, setupUrl: urls.setupUrl, seq: engine.seq() });

  let stopped: Promise<void> | null = null;
  return {
    port,
    ...urls,
    secure: tls !== null,
    httpPort,
    ca: tls?.ca ?? null,
    engine,
    health,
    pairingLinks: links,
    stop() {
      stopped ??= (async () => {
        staff.stop();
        attendance.stop();
        pageTurns.flush();
        ballots.flush();
        await sockets.close();
        await closeServer(server);
        if (setupServer) await closeServer(setupServer);
        sockets.terminateAll();
        eventLog.close();
        ballotStore.close();
        log.info('hub stopped');
      })();
      return stopped;
    },
  };
}

async function loadTls(options: HubOptions): Promise<HubTls | null> {
  const transport = options.transport ?? { kind: 'generated-tls' };
  switch (transport.kind) {
    case 'generated-tls':
      return loadOrCreateHubTls(options.dataDir, hubNames({ host: options.host, allowedHostNames: options.allowedHostNames ?? [] }));
    case 'provided-tls':
      return loadProvidedTls(transport.certFile, transport.keyFile);
    case 'insecure-http':
      return null;
  }
}

function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Stops listening and closes every connection, idle or not. */
function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
