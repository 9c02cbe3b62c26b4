/** Playwright fixtures for the guests' tests: the demo session (30 seats) with guests, and a guest's touch iPad. */
import { devices } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { demoSession } from '../../src/main/hub/demoSession';
import type { Hub } from '../../src/main/hub/startHub';
import type { GuestRow } from '../../src/shared/protocol';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';
import { test as base } from './fixtures';

export const DEMO_GUESTS: GuestRow[] = [
  { number: 1, name: 'Phạm Minh Châu', office: 'Giám đốc Sở Tài chính', role: 'guest' },
  { number: 2, name: 'Lê Thu Hằng', office: 'Đại biểu Quốc hội', role: 'guest' },
  { number: 3, name: 'Hoàng Văn Nam', office: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', role: 'guest' },
  { number: 4, name: 'Đỗ Thị Lan', office: 'Giám đốc Sở Kế hoạch và Đầu tư', role: 'guest' },
  { number: 5, name: 'Vũ Quốc Bảo', office: 'Chuyên viên Văn phòng Đoàn ĐBQH và HĐND', role: 'secretary' },
];

/** The shared fixtures, with a hub whose session is the demo plus DEMO_GUESTS. */
export const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; the hub has none.
  hub: async ({}, use) => {
    const dir = makeDataDir();
    const hub = await startTestHub(dir, { seed: { ...demoSession(), guests: DEMO_GUESTS } });
    await use(hub);
    await hub.stop();
    removeDataDir(dir);
  },
});

export interface GuestIpad {
  page: Page;
  /** The type of every command the page sent the hub, in order. */
  sentCommands: string[];
}

/** Opens a guest's pairing link on an iPad Pro 11 with touch, recording every command the page sends. */
export async function openGuestIpad(browser: Browser, hub: Hub, principalId: string): Promise<GuestIpad> {
  const context = await browser.newContext({ ...devices['iPad Pro 11'], hasTouch: true });
  const page = await context.newPage();
  const sentCommands: string[] = [];
  page.on('websocket', (socket) => {
    socket.on('framesent', (frame) => {
      const message = JSON.parse(String(frame.payload)) as { type: string; command?: { type: string } };
      if (message.type === 'command' && message.command) sentCommands.push(message.command.type);
    });
  });
  const link = hub.pairingLinks().find((candidate) => candidate.principalId === principalId);
  if (!link) throw new Error(`No pairing link for ${principalId}`);
  await page.goto(link.url.replace(hub.publicUrl, hub.localUrl));
  await page.getByTestId('session-title').waitFor();
  return { page, sentCommands };
}
