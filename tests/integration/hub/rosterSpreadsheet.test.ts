/**
 * A council's roster from a real .xlsx into a real hub: the file is written with
 * write-excel-file, read by the shared roster module exactly as the console reads
 * it, and sent with `POST /api/roster`; the hub's state, on SQLite on disk, then
 * holds the 85 delegates and 150 guests, and its roster exports back the same.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import { exportRosterXlsx, readRoster, ROSTER_XLSX_MIME, rosterWorkbookFile } from '../../../src/shared/roster';
import type { RosterPreview } from '../../../src/shared/roster';
import { catalogCall, createdId } from '../../helpers/catalogApi';
import { councilDefinition } from '../../helpers/councilDefinition';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';
import { councilRosterRows, xlsxBytes } from '../../unit/shared/roster/rosterWorkbooks';

let dataDir: string;
let hub: Hub;
beforeEach(async () => {
  dataDir = makeDataDir();
  // The hub's roster download is the roster module's workbook, as serve.ts is to pass it.
  hub = await startTestHub(dataDir, { seed: undefined, exportRoster: rosterWorkbookFile });
  createdId(await catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition('Kỳ họp thứ nhất', 3) } }));
});
afterEach(async () => {
  await hub.stop();
  removeDataDir(dataDir);
});

async function councilPreview(): Promise<RosterPreview> {
  const result = await readRoster(await xlsxBytes(councilRosterRows(85, 150)));
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  expect(result.preview.problems).toEqual([]);
  return result.preview;
}

describe('a roster from Excel into a preparing session', () => {
  it('imports 85 delegates and 150 guests from a real .xlsx, each guest a guest principal, and exports the same roster back', async () => {
    const preview = await councilPreview();
    const reply = await catalogCall(hub, 'POST', '/api/roster', { token: tokenOf(hub, 'secretary'), body: { seats: preview.seats, guests: preview.guests } });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ seq: expect.any(Number) });

    const state = hub.engine.state();
    expect(state.seats).toHaveLength(85);
    expect(state.guests).toHaveLength(150);
    expect(state.seats.find((seat) => seat.seat === 1)).toMatchObject({ name: preview.seats[0]?.name, role: 'chair', group: 'Tổ 2' });
    expect(state.principals['guest-86']).toMatchObject({ role: 'guest', seat: null });

    const exported = await readRoster(await exportRosterXlsx({ seats: state.seats, guests: state.guests }));
    if (!exported.ok) throw new Error(exported.code);
    expect(exported.preview.seats).toEqual(preview.seats);
    expect(exported.preview.guests).toEqual(preview.guests);
  });

  it('refuses the import once the session is open, and the roster stays as it was', async () => {
    const preview = await councilPreview();
    const secretary = tokenOf(hub, 'secretary');
    const firstImport = await catalogCall(hub, 'POST', '/api/roster', { token: secretary, body: { seats: preview.seats.slice(0, 2), guests: [] } });
    expect(firstImport.status).toBe(200);
    const socket = await TestSocket.connect(socketUrl(hub), secretary, 0);
    try {
      expect(await socket.command({ type: 'session.open' })).toMatchObject({ type: 'ack' });
    } finally {
      socket.close();
    }
    const before = hub.engine.state();

    const refused = await catalogCall(hub, 'POST', '/api/roster', { token: secretary, body: { seats: preview.seats, guests: preview.guests } });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'session_not_preparing' });
    expect(hub.engine.state().seats).toEqual(before.seats);
    expect(hub.engine.state().seats).toHaveLength(2);
    expect(hub.engine.state().guests).toEqual([]);
  });

  it('serves the roster as an .xlsx at GET /api/roster.xlsx, to the secretary only, and it reads back as the imported roster', async () => {
    const preview = await councilPreview();
    const secretary = tokenOf(hub, 'secretary');
    expect((await catalogCall(hub, 'POST', '/api/roster', { token: secretary, body: { seats: preview.seats, guests: preview.guests } })).status).toBe(200);

    const response = await fetch(`${hub.localUrl}/api/roster.xlsx`, { headers: { authorization: `Bearer ${secretary}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(ROSTER_XLSX_MIME);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="danh-sach-dai-bieu-[\w-]+\.xlsx"$/);
    const download = await readRoster(new Uint8Array(await response.arrayBuffer()));
    if (!download.ok) throw new Error(download.code);
    expect(download.preview.seats).toEqual(preview.seats);
    expect(download.preview.guests).toEqual(preview.guests);

    const delegate = await fetch(`${hub.localUrl}/api/roster.xlsx`, { headers: { authorization: `Bearer ${tokenOf(hub, 'seat-1')}` } });
    expect(delegate.status).toBe(401);
  });
});
