/**
 * Helpers for the iPad ballot tests: a touch iPad paired to a seat, the
 * chair's and secretary's commands run on the real hub, and a cuttable link:
 * a relay (Playwright's WebSocket route) between the iPad and the real hub
 * that can refuse connections for a while, lose the hub's next ballot ack and
 * drop the connection, and records every ballot the iPad sends.
 */
import { devices } from '@playwright/test';
import type { Browser, BrowserContext, Page, WebSocketRoute } from '@playwright/test';
import type { Hub } from '../../src/main/hub/startHub';
import type { CommandOf, Principal } from '../../src/shared/protocol';
import { resolutionCommand } from '../helpers/voting';

export interface TouchIpad {
  context: BrowserContext;
  page: Page;
}

/** An iPad Pro 11 with touch, paired to `seat`; `beforeOpen` runs before the page loads (clock, routes). */
export async function openTouchIpad(browser: Browser, hub: Hub, seat: number, beforeOpen?: (context: BrowserContext) => Promise<void>): Promise<TouchIpad> {
  const context = await browser.newContext({ ...devices['iPad Pro 11'], hasTouch: true });
  await beforeOpen?.(context);
  const page = await context.newPage();
  const link = hub.pairingLinks().find((candidate) => candidate.seat === seat);
  if (!link) throw new Error(`No pairing link for seat ${seat}`);
  await page.goto(link.url.replace(hub.publicUrl, hub.localUrl));
  await page.getByTestId('session-title').waitFor();
  return { context, page };
}

function principalOf(hub: Hub, role: 'chair' | 'secretary'): Principal {
  const link = hub.pairingLinks().find((candidate) => candidate.role === role);
  return { id: link?.principalId ?? role, role, seat: null, generation: 1 };
}

/** Runs a chair command (open, close, publish, cancel) on the hub, as the chair's device would. */
export function asChair(hub: Hub, command: CommandOf<'vote.open' | 'vote.close' | 'vote.publish' | 'vote.cancel'>): void {
  const result = hub.engine.execute(principalOf(hub, 'chair'), command);
  if (!result.ok) throw new Error(`${command.type} refused: ${result.message}`);
}

/** Creates a vote as the secretary and returns its id. */
export function createVote(hub: Hub, overrides: Partial<CommandOf<'vote.create'>>): string {
  const before = new Set(hub.engine.state().votes.map((vote) => vote.id));
  const result = hub.engine.execute(
    principalOf(hub, 'secretary'),
    resolutionCommand({ title: 'Nghị quyết về kế hoạch đầu tư công năm 2027', quorum: { numerator: 2, denominator: 3, mode: 'off' }, ...overrides }),
  );
  if (!result.ok) throw new Error(`vote.create refused: ${result.message}`);
  const created = hub.engine.state().votes.find((vote) => !before.has(vote.id));
  if (!created) throw new Error('the new vote is missing');
  return created.id;
}

export interface SentBallot {
  ballotId: string;
  selections: Array<{ row: string; option: string }>;
}

export interface CuttableLink {
  /** Every vote.cast the iPad sent, in order, across connections. */
  readonly ballotsSent: SentBallot[];
  /** Refuses new connections and drops the current one. */
  cut(): Promise<void>;
  /** Lets the iPad connect again. */
  restore(): void;
  /**
   * The hub's ack to the next ballot is lost on the way, and the connection
   * drops with it and stays cut; resolves with the receipt the iPad never saw.
   */
  loseNextBallotAck(): Promise<string | undefined>;
}

/** Routes the iPad's WebSocket through a relay to the real hub; call before the page loads. */
export async function cuttableLink(context: BrowserContext): Promise<CuttableLink> {
  const ballotsSent: SentBallot[] = [];
  let refusing = false;
  let current: WebSocketRoute | null = null;
  let loseAck: ((receipt: string | undefined) => void) | null = null;
  const castRequests = new Set<string>();

  await context.routeWebSocket(/\/ws$/, (page) => {
    if (refusing) {
      void page.close({ code: 1011, reason: 'link cut' });
      return;
    }
    current = page;
    const hub = page.connectToServer();
    page.onMessage((message) => {
      const parsed = JSON.parse(String(message)) as { type?: string; requestId?: string; command?: { type?: string } & SentBallot };
      if (parsed.type === 'command' && parsed.command?.type === 'vote.cast' && parsed.requestId) {
        ballotsSent.push({ ballotId: parsed.command.ballotId, selections: parsed.command.selections });
        castRequests.add(parsed.requestId);
      }
      hub.send(message);
    });
    hub.onMessage((message) => {
      const parsed = JSON.parse(String(message)) as { type?: string; requestId?: string; receipt?: string };
      if (loseAck && parsed.type === 'ack' && parsed.requestId && castRequests.has(parsed.requestId)) {
        const settle = loseAck;
        loseAck = null;
        refusing = true;
        void page.close({ code: 1011, reason: 'link cut' });
        void hub.close();
        settle(parsed.receipt);
        return;
      }
      page.send(message);
    });
  });

  return {
    ballotsSent,
    async cut() {
      refusing = true;
      await current?.close({ code: 1011, reason: 'link cut' });
    },
    restore() {
      refusing = false;
    },
    loseNextBallotAck: () =>
      new Promise((resolve) => {
        loseAck = resolve;
      }),
  };
}

/**
 * Everything the iPad page keeps: every localStorage and sessionStorage key
 * and value, and every IndexedDB database, store, key and value (binary values
 * as their SHA-256, so they can be matched to the session's documents).
 */
type BinaryRecord = { database: string; store: string; key: string; sha256: string };

export async function dumpDeviceStorage(page: Page): Promise<{ text: string; binaryRecords: BinaryRecord[] }> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    for (const [name, storage] of [
      ['localStorage', window.localStorage],
      ['sessionStorage', window.sessionStorage],
    ] as const) {
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index) ?? '';
        parts.push(`${name} ${key} = ${storage.getItem(key) ?? ''}`);
      }
    }
    const binaryRecords: Array<{ database: string; store: string; key: string; sha256: string }> = [];
    const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const name = info.name;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const records = await new Promise<Array<{ key: IDBValidKey; value: unknown }>>((resolve, reject) => {
          const out: Array<{ key: IDBValidKey; value: unknown }> = [];
          const request = db.transaction(storeName, 'readonly').objectStore(storeName).openCursor();
          request.onsuccess = () => {
            const cursor = request.result;
            if (!cursor) return resolve(out);
            out.push({ key: cursor.key, value: cursor.value });
            cursor.continue();
          };
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        });
        for (const { key, value } of records) {
          if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
            // A copy, so the digest gets a plain ArrayBuffer-backed view.
            const bytes = new Uint8Array(value instanceof Uint8Array ? value : new Uint8Array(value));
            binaryRecords.push({ database: name, store: storeName, key: String(key), sha256: hex(await crypto.subtle.digest('SHA-256', bytes)) });
          } else {
            parts.push(`indexedDB ${name}/${storeName} ${JSON.stringify(key)} = ${JSON.stringify(value)}`);
          }
        }
      }
      db.close();
    }
    return { text: parts.join('\n'), binaryRecords };
  });
}
