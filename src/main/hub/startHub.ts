/**
 * Starts a hub: the event log, the session engine, HTTPS and WSS on one port
 * (plain HTTP only when asked for), and a plain-HTTP port that serves only the
 * iPad setup page. Runs under plain Node; the Electron entry runs it in a
 * utility process.
 */
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createSessionEvents } from '../../shared/core';
import type { SessionDefinition } from '../../shared/core';
import { CLOSE_CODES, PROTOCOL_VERSION } from '../../shared/protocol';
import type { ChainProblem, PairingLink, SessionCatalogListing, SessionState } from '../../shared/protocol';
import { loadOrCreateHubKey } from './auth/hubKey';
import { pairingLinks } from './auth/pairingLinks';
import { pairingLinksMessage, pairingSetup } from './auth/pairingSetup';
import type { PairingSetup } from './auth/pairingSetup';
import { consoleToken } from './auth/tokens';
import { catalogActions } from './catalog/catalogActions';
import { migrateOneSessionLayout } from './catalog/migrateOneSessionLayout';
import { createSessionSwitch } from './catalog/sessionSwitch';
import type { SessionSwitch } from './catalog/sessionSwitch';
import { ensureDataFolder, SESSIONS_FOLDER, writeHubInfo } from './dataFolder';
// The minutes for download: the active session's log file.
import { DATABASE_FILE, sessionFolder } from './dataFolder';
import { demoSession } from './demoSession';
import { openDocumentStore } from './documents/documentStore';
import type { CatalogFile, CatalogRouteOptions } from './http/catalogRoutes';
import { createRecordActions } from '../record/recordActions';
import { indexSessionDocuments } from './documents/textIndex/indexSessionDocuments';
import { createTextIndexer } from './documents/textIndex/textIndexer';
import { createHttpHandler } from './http/httpHandler';
// Private notes (ciphertext only).
import { createSessionNotes } from './notes/sessionNotes';
import type { HealthReport } from './http/httpHandler';
import { createSetupHandler } from './http/setupPage';
import { hubUrls } from './hubUrls';
import type { HubUrls } from './hubUrls';
import { isWildcardHost } from './lanAddress';
import { createHubNetwork } from './network/hubNetwork';
import type { HubNetwork, NetworkReport } from './network/hubNetwork';
import type { InterfaceTable } from './network/hubInterfaces';
import { networkInterfaces } from 'node:os';
import { hubNames, sameNames } from './tls/hubNames';
import { loadOrCreateHubTls, loadProvidedTls } from './tls/hubTls';
import type { HubCa, HubTls } from './tls/hubTls';
import { silentLogger } from './logger';
import type { Logger } from './logger';
import type { Clock } from './clock';
import { randomId } from './sessionEngine';
import type { SessionEngine } from './sessionEngine';
import { rosterWorkbookFile } from '../../shared/roster';
import { useSqliteBinding } from './store/sqliteBinding';
import { createStorageHealth } from './store/storageHealth';
import { guardTcpConnections } from './http/guardTcpConnections';
import { createConnectionLimits } from './ws/connectionLimits';
import type { ConnectionLimitOptions } from './ws/connectionLimits';
import { attachWebSocketEndpoint } from './ws/webSocketEndpoint';
import { serialize } from './ws/fanOut';
import type { WebSocketEndpoint } from './ws/webSocketEndpoint';

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
  /**
   * A session to create and activate at once when the data folder holds none
   * (`serve --demo`, `--session FILE`, the tests); left out, an empty folder starts in the lobby.
   */
  seed?: SessionDefinition;
  /** Where the seed's documents are; without it the seed gets no documents. */
  seedDocumentsDir?: string;
  /** Where the demo session's PDFs are, for "Mở kỳ họp mẫu" (`POST /api/sessions/demo`). */
  demoDocumentsDir?: string;
  /** Writes a roster as a spreadsheet (`GET /api/roster.xlsx`); left out, the roster module's .xlsx writer. */
  exportRoster?: (state: SessionState) => Promise<CatalogFile>;
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
  /**
   * better-sqlite3's native binding for the hub's databases. Left out, the one
   * built for this Node; the Electron utility process passes the one built for
   * Electron's ABI (scripts/ensure-electron-sqlite.mjs).
   */
  sqliteBinding?: string;
  /** The session's clock (event times, the welcome's and pongs' hub time); the system clock unless a test moves it. */
  sessionNow?: () => number;
  /**
   * This machine's interface table (os.networkInterfaces by default). A hub on
   * every interface lets the secretary choose the address its links name among
   * them; a test passes a table to exercise the choice on a hub bound to 127.0.0.1.
   */
  networkInterfaces?: () => InterfaceTable;
  /** How often the interfaces are read again, to notice a chosen address that went away; 10 s by default. */
  networkPollMs?: number;
  /** The record: opens the active session read-only (`serve --read-only`), as a session with a broken hash chain can only be. */
  readOnly?: boolean;
}

export interface Hub {
  readonly port: number;
  /** The address for a browser on this machine. */
  readonly localUrl: string;
  /** The address iPads on the LAN use; pairing links are built on it. It follows the secretary's choice of interface. */
  readonly publicUrl: string;
  /** The interfaces and the chosen address; null for a hub bound to one host. */
  network(): (NetworkReport & { publicUrl: string }) | null;
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
  /** The active session's engine; throws in the lobby (no session active). */
  readonly engine: SessionEngine;
  /** The active session's id; null in the lobby. */
  activeSessionId(): string | null;
  /** Every session of the data folder, and the active one. */
  catalog(): SessionCatalogListing;
  /** The token of the catalog API (`/api/sessions`), the same for every session. */
  readonly consoleToken: string;
  health(): HealthReport;
  /** The active session's links; none in the lobby. */
  pairingLinks(): PairingLink[];
  // The record: sessions refused for a broken hash chain, and whether the active one is read-only.
  brokenChains(): ChainProblem[];
  activeReadOnly(): boolean;
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
  const { dataDir } = options;
  ensureDataFolder(dataDir);
  const migrated = migrateOneSessionLayout(dataDir);
  if (migrated) log.info('moved the session of the one-session layout into its folder', { sessionId: migrated });
  const tls = await loadTls(options);
  // The Electron hub loads better-sqlite3 built for Electron's ABI; every database this process opens uses it.
  if (options.sqliteBinding !== undefined) useSqliteBinding(options.sqliteBinding);
  // The key is on disk before a session can be created; a damaged one is replaced only while no session depends on it.
  const key = loadOrCreateHubKey(dataDir, { sessionExists: readdirSync(join(dataDir, SESSIONS_FOLDER)).length > 0 });
  const storage = createStorageHealth();
  const store = openDocumentStore(dataDir);
  const notes = createSessionNotes(dataDir);
  // Documents' text for search on the iPads, made in a worker thread (documents/textIndex/).
  const textIndex = createTextIndexer({ store, log, pdfjsAssetsDir: join(options.rendererDir, 'pdfjs') });
  const guard = { allowedHostNames: options.allowedHostNames ?? [] };
  let publicUrl = '';
  let urls: HubUrls | null = null;
  const readInterfaces = options.networkInterfaces ?? networkInterfaces;
  const network: HubNetwork | null = isWildcardHost(options.host) || options.networkInterfaces !== undefined ? createHubNetwork(dataDir, readInterfaces) : null;
  let setup: PairingSetup | null = null;
  let sockets: WebSocketEndpoint | null = null;
  const sessions: SessionSwitch = createSessionSwitch({
    dataDir,
    key,
    storage,
    log,
    documents: store,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.sessionNow ? { now: options.sessionNow } : {}),
    ...(options.helloTimeoutMs === undefined ? {} : { helloTimeoutMs: options.helloTimeoutMs }),
    pairingLinks: (engine) => pairingLinks(engine.state(), engine.tokens(), publicUrl),
    pairingSetup: () => setup,
    closeSockets: () => {
      // The notes of the session left are closed with it (its WAL checkpointed); the next one opens on first use.
      notes.close();
      sockets?.closeEvery(CLOSE_CODES.sessionChanged, 'the hub serves another session');
    },
    ...(options.readOnly ? { readOnlyAtStart: true } : {}),
    activated: (engine) => indexSessionDocuments(engine, textIndex),
  });
  const demo = () => ({ definition: demoSession(), ...(options.demoDocumentsDir ? { documentsDir: options.demoDocumentsDir } : {}) });
  if (options.seed && sessions.listing().sessions.length === 0) {
    const seed = options.seed;
    await sessions.create({
      events: createSessionEvents(seed, randomId),
      ...(options.seedDocumentsDir ? { documents: { definition: seed, dir: options.seedDocumentsDir } } : {}),
    });
  }
  const activeEngine = () => sessions.active()?.engine ?? null;
  const links = () => sessions.active()?.pairingLinks() ?? [];
  const hubConsoleToken = consoleToken(key);
  const health = (): HealthReport => ({
    ok: storage.problem() === null,
    storage: storage.problem() ?? 'ok',
    sessionId: activeEngine()?.state().session?.id ?? null,
    seq: activeEngine()?.seq() ?? 0,
    clients: sessions.active()?.registry.count() ?? 0,
    protocolVersion: PROTOCOL_VERSION,
  });

  const records = createRecordActions(dataDir, sessions);
  // The minutes (made or checked in their worker) read the active session's log; what was acknowledged is committed first.
  const activeSessionLog = () => {
    const runtime = sessions.active();
    if (!runtime) return null;
    runtime.flush();
    return { sessionId: runtime.sessionId, databaseFile: join(sessionFolder(dataDir, runtime.sessionId), DATABASE_FILE) };
  };
  const catalog: CatalogRouteOptions = {
    ...catalogActions({
      dataDir,
      key,
      sessions,
      newId: randomId,
      demo,
      exportRoster: options.exportRoster ?? rosterWorkbookFile,
    }),
    records,
  };
  const handler = createHttpHandler({
    rendererDir: options.rendererDir,
    documents: { engine: activeEngine, store, maxDocumentBytes: options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES, textIndex },
    guard,
    health,
    localToken: (role) => (role === 'console' ? hubConsoleToken : activeEngine()?.tokens().tokenOf(role)),
    catalog,
    // The minutes for download, with the catalog's bearer check.
    minutes: { authorize: (token) => catalog.authorize(token), activeSession: activeSessionLog },
    record: {
      authorize: (token) => catalog.authorize(token),
      verify: () => records.verify(),
      findReceipt: (code) => records.findReceipt(code),
      // The minutes check: a file against the active session's log.
      minutesCheck: { activeSession: activeSessionLog },
    },
    notes: {
      engine: activeEngine,
      store: () => {
        const active = sessions.active();
        return active ? notes.of(active.sessionId, active.readOnly) : null;
      },
    },
    network: {
      authorize: (token) => catalog.authorize(token),
      report: () => networkReport(),
      choose(address) {
        if (network === null) return false;
        const before = network.address();
        if (!network.choose(address)) return false;
        log.info('the secretary chose the address of the links', { address: network.address() });
        if (network.address() !== before) addressChanged();
        return true;
      },
    },
  });
  // A connection must finish its TLS handshake, and then send its request headers, within seconds:
  // an idle connection from the Wi-Fi is not held for Node's default two minutes.
  const handshakeTimeout = options.tlsHandshakeTimeoutMs ?? TLS_HANDSHAKE_TIMEOUT_MS;
  const httpTimeouts = { headersTimeout: HEADERS_TIMEOUT_MS, connectionsCheckingInterval: 2_000 };
  const secureServer = tls ? createHttpsServer({ cert: tls.certPem, key: tls.keyPem, minVersion: 'TLSv1.2', handshakeTimeout, ...httpTimeouts }, handler) : null;
  const server: Server = secureServer ?? createServer(httpTimeouts, handler);
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

  sockets = attachWebSocketEndpoint(server, {
    guard,
    limits,
    heartbeatMs: options.heartbeatMs ?? 15_000,
    log,
    ...(options.helloTimeoutMs === undefined ? {} : { helloTimeoutMs: options.helloTimeoutMs }),
    connection: () => sessions.active()?.connection ?? null,
  });
  const endpoint = sockets;

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
  const buildUrls = (): HubUrls => {
    const built = hubUrls(options.host, tls !== null, port, httpPort, network?.address());
    publicUrl = built.publicUrl;
    setup = pairingSetup(built.setupUrl, tls?.ca ?? null);
    writeHubInfo(dataDir, { publicUrl, port });
    return built;
  };
  urls = buildUrls();
  log.info('hub listening', { localUrl: urls.localUrl, publicUrl, setupUrl: urls.setupUrl, sessionId: health().sessionId, seq: health().seq });
  const chosenGone = network?.report().chosenMissing ?? false;
  if (chosenGone) log.warn('the chosen address is not on this computer: the links use another', { chosen: network?.report().chosen, publicUrl });
  // A Wi-Fi that drops, a cable pulled: the chosen address can go away (and come back) while the hub runs.
  // The hub's own certificate covers every address of this machine: a new one (another Wi-Fi) gets a renewed certificate at once.
  const generatedTls = tls !== null && (options.transport ?? { kind: 'generated-tls' }).kind === 'generated-tls';
  let certifiedNames = generatedTls ? hubNames({ host: options.host, allowedHostNames: options.allowedHostNames ?? [], interfaces: readInterfaces() }) : null;
  let renewing = false;
  const renewCertificateForInterfaces = async () => {
    if (secureServer === null || certifiedNames === null || renewing) return;
    const names = hubNames({ host: options.host, allowedHostNames: options.allowedHostNames ?? [], interfaces: readInterfaces() });
    if (sameNames(names, certifiedNames)) return;
    renewing = true;
    try {
      const renewed = await loadOrCreateHubTls(dataDir, names);
      secureServer.setSecureContext({ cert: renewed.certPem, key: renewed.keyPem, minVersion: 'TLSv1.2' });
      certifiedNames = names;
      log.info('renewed the server certificate for the addresses of this computer', { ips: names.ips });
    } catch (error) {
      log.error('could not renew the server certificate', { error: String(error) });
    } finally {
      renewing = false;
    }
  };
  const poll = network === null ? null : setInterval(() => {
    void renewCertificateForInterfaces();
    if (network.refresh()) {
      log.warn('the address of the links changed with the interfaces', { address: network.address() });
      addressChanged();
    }
  }, options.networkPollMs ?? NETWORK_POLL_MS);
  poll?.unref();

  function networkReport(): (NetworkReport & { publicUrl: string }) | null {
    return network === null ? null : { ...network.report(), publicUrl };
  }

  /** New links on the same tokens: every device still connected is told the new address, the secretary gets the new links. */
  function addressChanged(): void {
    urls = buildUrls();
    const runtime = sessions.active();
    if (!runtime) return;
    const message = serialize({ type: 'hubAddress', url: publicUrl });
    for (const client of runtime.registry.all()) client.send(message);
    const linksMessage = serialize(pairingLinksMessage(runtime.pairingLinks(), setup));
    for (const client of runtime.registry.withRole('secretary')) client.send(linksMessage);
  }

  let stopped: Promise<void> | null = null;
  const built = urls;
  return {
    port,
    localUrl: built.localUrl,
    get publicUrl() {
      return publicUrl;
    },
    get lanUrls() {
      return urls?.lanUrls ?? built.lanUrls;
    },
    get setupUrl() {
      return urls?.setupUrl ?? null;
    },
    network: networkReport,
    secure: tls !== null,
    httpPort,
    ca: tls?.ca ?? null,
    get engine(): SessionEngine {
      const engine = activeEngine();
      if (!engine) throw new Error('No session is active: the hub is in the lobby');
      return engine;
    },
    activeSessionId: () => sessions.active()?.sessionId ?? null,
    catalog: () => sessions.listing(),
    consoleToken: hubConsoleToken,
    health,
    pairingLinks: links,
    brokenChains: () => sessions.brokenChains(),
    activeReadOnly: () => sessions.active()?.readOnly ?? false,
    stop() {
      stopped ??= (async () => {
        if (poll) clearInterval(poll);
        sessions.active()?.flush();
        await textIndex.stop();
        await endpoint.close();
        await closeServer(server);
        if (setupServer) await closeServer(setupServer);
        endpoint.terminateAll();
        sessions.close();
        notes.close();
        log.info('hub stopped');
      })();
      return stopped;
    },
  };
}

/** How often a hub on every interface reads them again. */
const NETWORK_POLL_MS = 10_000;

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
