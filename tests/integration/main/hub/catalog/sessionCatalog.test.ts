/**
 * catalog.json is a cache of the session folders: a start rebuilds it when it
 * is missing or damaged, adds a folder it lacks and drops an entry whose
 * folder is gone; a rebuilt catalog makes the one open session active.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionCatalogSchema } from '../../../../../src/shared/protocol';
import type { SessionCatalogListing } from '../../../../../src/shared/protocol';
import { catalogCall, createdId } from '../../../../helpers/catalogApi';
import { councilDefinition } from '../../../../helpers/councilDefinition';
import { makeDataDir, removeDataDir, startTestHub } from '../../../../helpers/testHub';

let dataDir: string;
beforeEach(() => {
  dataDir = makeDataDir();
});
afterEach(() => removeDataDir(dataDir));

const catalogFile = () => join(dataDir, 'catalog.json');
const storedCatalog = (): SessionCatalogListing => sessionCatalogSchema.parse(JSON.parse(readFileSync(catalogFile(), 'utf8')));

/** A folder whose one session is the demo, made from the lobby as "Mở kỳ họp mẫu" does (open, and active). */
async function folderWithDemo(): Promise<{ demoId: string; listing: SessionCatalogListing }> {
  const hub = await startTestHub(dataDir, { seed: undefined });
  try {
    const demoId = createdId(await catalogCall(hub, 'POST', '/api/sessions/demo', { token: hub.consoleToken, body: {} }));
    return { demoId, listing: hub.catalog() };
  } finally {
    await hub.stop();
  }
}

describe('the session catalog', () => {
  it('is written owner-only, lists the session with its summary and names the active one', async () => {
    const { demoId } = await folderWithDemo();
    expect(statSync(catalogFile()).mode & 0o777).toBe(0o600);
    const stored = storedCatalog();
    expect(stored.activeSessionId).toBe(demoId);
    expect(stored.sessions).toEqual([
      expect.objectContaining({ id: demoId, termId: demoId, status: 'open', councilLevel: 'province', kind: 'regular', seats: 30, guests: 0 }),
    ]);
  });

  it.each([
    ['missing', () => renameSync(catalogFile(), `${catalogFile()}.gone`)],
    ['damaged', () => writeFileSync(catalogFile(), '{"activeSessionId": ')],
  ])('is rebuilt from the session folders when it is %s, with the open session active again', async (_what, spoil) => {
    const { demoId, listing } = await folderWithDemo();
    spoil();
    const hub = await startTestHub(dataDir, { seed: undefined });
    try {
      expect(hub.activeSessionId()).toBe(demoId);
      expect(hub.catalog()).toEqual(listing);
      expect(storedCatalog()).toEqual(listing);
    } finally {
      await hub.stop();
    }
  });

  it('adds a session folder it lacks (a cut before the catalog was written) and drops an entry whose folder is gone', async () => {
    const { demoId } = await folderWithDemo();
    const before = storedCatalog();
    const ghost = { ...before.sessions[0], id: 'no-such-folder' };
    writeFileSync(catalogFile(), JSON.stringify({ activeSessionId: null, sessions: [ghost] }));
    const hub = await startTestHub(dataDir, { seed: undefined });
    try {
      expect(hub.catalog().sessions.map((session) => session.id)).toEqual([demoId]);
      // The stored catalog named no active session: the hub stays in the lobby.
      expect(hub.activeSessionId()).toBeNull();
    } finally {
      await hub.stop();
    }
  });

  it('follows a session made in the console: listed as preparing with its council, term and dates', async () => {
    const hub = await startTestHub(dataDir, { seed: undefined });
    try {
      const id = createdId(await catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition() } }));
      expect(storedCatalog()).toEqual({
        activeSessionId: id,
        sessions: [
          {
            id,
            title: 'Kỳ họp thứ nhất',
            council: 'Hội đồng nhân dân phường Ba Đình',
            councilLevel: 'commune',
            term: 'Khóa I, nhiệm kỳ 2026–2031',
            number: 1,
            kind: 'regular',
            status: 'preparing',
            startDate: '2026-07-01',
            endDate: '2026-07-02',
            termId: id,
            seats: 5,
            guests: 0,
            createdAt: expect.any(Number),
          },
        ],
      });
    } finally {
      await hub.stop();
    }
  });
});
