/** HTTP routes of the hub: health, the local tokens, documents, the session catalog, and the built apps. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';
import type { Role } from '../../../shared/protocol';
import type { StorageErrorCode } from '../store/storageFailure';
import { hostNameOf, isAllowedHost, isLoopbackAddress } from './requestGuard';
import type { GuardOptions } from './requestGuard';
import { handleCatalogRequest, isCatalogPath } from './catalogRoutes';
import type { CatalogRouteOptions } from './catalogRoutes';
import { handleNetworkRequest, NETWORK_PATH } from './networkRoutes';
import type { NetworkRouteOptions } from './networkRoutes';
import { handleUpload, serveDocument } from './documentRoutes';
import { handleRecordRequest, isRecordPath } from './recordRoutes';
import type { RecordRouteOptions } from './recordRoutes';
import { handleReplace, REPLACE_PATH } from './replaceDocumentRoute';
import type { DocumentRouteOptions } from './documentRoutes';
import { DOCUMENT_TEXT_PATH, serveDocumentText } from './documentTextRoute';
import { guardPipedFiles } from './guardPipedFiles';
// Private notes (ciphertext only).
import { handleNotesRequest, isNotesPath } from '../notes/notesRoutes';
import type { NotesRouteOptions } from '../notes/notesRoutes';
import { setSecurityHeaders } from './securityHeaders';
import { sendJson } from './sendJson';
// The minutes for download (biên bản).
import { handleMinutesRequest, MINUTES_PATH } from './minutesRoutes';
import type { MinutesRouteOptions } from './minutesRoutes';

export interface HealthReport {
  /** False while the hub cannot write to its disk: /healthz then answers 503, for monitoring. */
  ok: boolean;
  /** The last write's outcome: 'ok', or the storage error the last failed write met. */
  storage: 'ok' | StorageErrorCode;
  sessionId: string | null;
  seq: number;
  clients: number;
  protocolVersion: number;
}

export interface HttpHandlerOptions {
  rendererDir: string;
  documents: DocumentRouteOptions;
  guard: GuardOptions;
  health(): HealthReport;
  /** The current token of a role's principal (or the hub's console token), for a browser on this machine. */
  localToken(role: LocalTokenRole): string | undefined;
  catalog: CatalogRouteOptions;
  /** The address the iPads use (`/api/network`); without it the route is not served. */
  network?: NetworkRouteOptions;
  /** The minutes for download (`/api/minutes`); without it the route is not served. */
  minutes?: MinutesRouteOptions;
  // The record: chain and receipt checks (`/api/record/…`); without it those routes are not served.
  record?: RecordRouteOptions;
  /** Private notes (`/api/notes`); without it the route is not served. */
  notes?: NotesRouteOptions;
}

/** Whose token a browser on the hub computer may fetch: the active session's secretary or screen, or the console's. */
export type LocalTokenRole = Extract<Role, 'secretary' | 'screen'> | 'console';

type StaticHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const APP_ROOTS = ['/console', '/delegate', '/screen'];

export function createHttpHandler(options: HttpHandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const serveStatic = existsSync(options.rendererDir) ? staticFiles(options.rendererDir) : appsNotBuilt;

  return (req, res) => {
    const host = req.headers.host;
    if (!isAllowedHost(host, options.guard)) {
      sendJson(res, 421, { error: 'This hub does not answer to that host name' });
      return;
    }
    setSecurityHeaders(res, host ?? '');
    const url = new URL(req.url ?? '/', 'http://hub.invalid');
    const path = url.pathname;
    if (isCatalogPath(path)) {
      runAsync(res, handleCatalogRequest(req, res, path, options.catalog));
      return;
    }
    if (isRecordPath(path) && options.record) {
      runAsync(res, handleRecordRequest(req, res, path, options.record));
      return;
    }
    if (path === NETWORK_PATH && options.network) {
      runAsync(res, handleNetworkRequest(req, res, options.network));
      return;
    }
    // The minutes for download (biên bản).
    if (path === MINUTES_PATH && options.minutes) {
      runAsync(res, handleMinutesRequest(req, res, url, options.minutes));
      return;
    }
    if (isNotesPath(path) && options.notes) {
      runAsync(res, handleNotesRequest(req, res, path, options.notes));
      return;
    }
    if (path === '/api/documents' && req.method === 'POST') {
      runAsync(res, handleUpload(req, res, url, options.documents));
      return;
    }
    // Document versions: a new file for an existing document.
    const replaceMatch = req.method === 'POST' ? REPLACE_PATH.exec(path) : null;
    if (replaceMatch?.[1]) {
      runAsync(res, handleReplace(req, res, url, replaceMatch[1], options.documents));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendJson(res, 405, { error: 'Method not allowed' });
      return;
    }
    if (path === '/healthz') {
      res.setHeader('Cache-Control', 'no-store');
      const report = options.health();
      sendJson(res, report.ok ? 200 : 503, report);
      return;
    }
    if (path === '/api/local-token') {
      serveLocalToken(req, res, url, options);
      return;
    }
    const documentMatch = path.match(/^\/documents\/([0-9a-f]{64})\.pdf$/);
    if (documentMatch?.[1]) {
      runAsync(res, serveDocument(req, res, documentMatch[1], options.documents));
      return;
    }
    // A document's text index (search on the iPads).
    const textMatch = path.match(DOCUMENT_TEXT_PATH);
    if (textMatch?.[1] && options.documents.textIndex) {
      runAsync(res, serveDocumentText(req, res, textMatch[1], { engine: options.documents.engine, textIndex: options.documents.textIndex }));
      return;
    }
    if (path.startsWith('/documents/')) {
      sendJson(res, 404, { error: 'not_found', message: 'No such document' });
      return;
    }
    if (path === '/') {
      redirect(res, '/delegate/');
      return;
    }
    if (APP_ROOTS.includes(path)) {
      redirect(res, `${path}/`);
      return;
    }
    guardPipedFiles(res);
    serveStatic(req, res, () => sendJson(res, 404, { error: 'Not found' }));
  };
}

/**
 * Hands the secretary's (or the big screen's, or the console's) token to a
 * browser on this very machine, so the console opens with nothing to type. Both the socket address
 * and the Host header must be loopback: a LAN request never gets a token here.
 */
function serveLocalToken(req: IncomingMessage, res: ServerResponse, url: URL, options: HttpHandlerOptions): void {
  res.setHeader('Cache-Control', 'no-store');
  const role = url.searchParams.get('role');
  if (role !== 'secretary' && role !== 'screen' && role !== 'console') {
    sendJson(res, 400, { error: 'role must be secretary, screen or console' });
    return;
  }
  const hostName = hostNameOf(req.headers.host ?? '');
  const loopbackHost = hostName === 'localhost' || isLoopbackAddress(hostName);
  if (!isLoopbackAddress(req.socket.remoteAddress) || !loopbackHost) {
    sendJson(res, 403, { error: 'The local token is only given to a browser on the hub computer' });
    return;
  }
  const token = options.localToken(role);
  if (token === undefined) {
    sendJson(res, 503, { error: 'No session is loaded' });
    return;
  }
  sendJson(res, 200, { token });
}

function staticFiles(dir: string): StaticHandler {
  return sirv(dir, {
    dev: false,
    etag: true,
    gzip: false,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

/** Answers every app request when out/renderer is missing, instead of failing at start. */
const appsNotBuilt: StaticHandler = (_req, res) => {
  sendJson(res, 503, { error: 'The apps are not built. Run: npm run build' });
};

/** Answers 500 when an async route fails, so one bad request never takes the hub down. */
function runAsync(res: ServerResponse, work: Promise<void>): void {
  work.catch(() => {
    if (!res.headersSent) sendJson(res, 500, { error: 'internal', message: 'The hub could not handle this request' });
    else res.destroy();
  });
}

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 302;
  res.setHeader('Location', location);
  res.end();
}
