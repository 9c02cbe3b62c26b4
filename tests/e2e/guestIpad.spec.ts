/**
 * A guest's iPad (khách mời) against a real hub: it reads a document, follows
 * the presenter's page turns, never sees a ballot while the delegates vote, and
 * its connection never counts among the delegates online.
 */
import type { Page } from '@playwright/test';
import type { DocumentInfo } from '../../src/shared/protocol';
import { makeColourPdf, pageColour } from '../helpers/testPdfs';
import { uploadTestDocument } from '../helpers/uploadTestDocument';
import { canvasCentreColour, sameColour } from './canvasColour';
import { expect } from './fixtures';
import { DEMO_GUESTS, openGuestIpad, test } from './guestHub';
import { asChair, createVote, openTouchIpad } from './ipadBallot';

const GUEST_NAME = DEMO_GUESTS[0]?.name ?? '';
const PAGES = 6;

async function expectRenderedPage(page: Page, document: DocumentInfo, pageNumber: number): Promise<void> {
  const view = page.locator(`[data-testid="pdf-page"][data-document-id="${document.id}"][data-rendered-page="${pageNumber}"]`);
  await expect(view).toBeVisible();
  await expect.poll(async () => sameColour(await canvasCentreColour(view), pageColour(pageNumber)), { message: `the canvas shows page ${pageNumber}` }).toBe(true);
}

test('a guest’s iPad reads a document, follows a page turn, sees no ballot while the delegates vote, and never counts among the delegates online', async ({ hub, browser, openConsole }) => {
  const item = hub.engine.state().agenda[2];
  if (!item) throw new Error('no item');
  const document = await uploadTestDocument(hub, item.id, 'mau-sac.pdf', await makeColourPdf(PAGES), 'Tài liệu màu');
  const console = await openConsole();
  await expect(console.getByTestId('console-online')).toHaveText('0/30 đại biểu đang kết nối');

  const guest = await openGuestIpad(browser, hub, 'guest-1');
  await expect(guest.page.getByTestId('guest-badge')).toHaveText(`Khách mời${GUEST_NAME}`);
  await expect(guest.page.getByTestId('delegate-seat')).toHaveCount(0);
  await expect(console.getByTestId('console-guests-online')).toHaveText('Khách mời: 1 đang kết nối');
  await expect(console.getByTestId('console-online')).toHaveText('0/30 đại biểu đang kết nối');
  await console.getByRole('tab', { name: 'Đại biểu' }).click();
  await expect(console.getByTestId('delegates-online')).toHaveText('0/30 đại biểu đang kết nối');
  await expect(console.getByTestId('guests-online')).toHaveText('Khách mời: 1 đang kết nối');
  await expect(console.getByTestId('guest-row').filter({ hasText: GUEST_NAME })).toHaveAttribute('data-online', 'true');

  // The guest reads a document on its own, from the agenda.
  await expect(guest.page.getByTestId('prefetch')).toHaveAttribute('data-done', String(hub.engine.state().documents.length));
  await guest.page.getByTestId('document-button').filter({ hasText: document.title }).first().tap();
  await expect(guest.page.getByTestId('reader-title')).toHaveText(document.title);
  await expectRenderedPage(guest.page, document, 1);
  await guest.page.getByRole('button', { name: /Trang sau/ }).tap();
  await expectRenderedPage(guest.page, document, 2);
  await guest.page.getByRole('button', { name: /Về chương trình/ }).tap();

  // A delegate joins: the figures count the delegate, never the guest.
  const delegate = await openTouchIpad(browser, hub, 3);
  await expect(console.getByTestId('delegates-online')).toHaveText('1/30 đại biểu đang kết nối');
  await expect(console.getByTestId('guests-online')).toHaveText('Khách mời: 1 đang kết nối');

  // The presenter shows the document; the guest, browsing, is offered the presenter and follows.
  await console.getByRole('tab', { name: 'Trình chiếu' }).click();
  await console.getByTestId('presenter-document').selectOption(document.id);
  await expect(guest.page.getByTestId('follow-state')).toHaveAttribute('data-mode', 'free');
  await guest.page.getByRole('button', { name: 'Theo dõi trình chiếu' }).tap();
  await expect(guest.page.getByTestId('follow-state')).toHaveAttribute('data-mode', 'follow');
  await expectRenderedPage(guest.page, document, 1);
  await expectRenderedPage(delegate.page, document, 1);
  await expect(console.getByTestId('presenter-followers')).toHaveText('1/1 đại biểu đang theo dõi');

  // A vote opens for the delegates; then a page turn, which reaches the guest after the vote did.
  const voteId = createVote(hub, { secret: false });
  asChair(hub, { type: 'vote.open', voteId });
  await expect(delegate.page.getByTestId('vote-overlay')).toBeVisible();
  await console.keyboard.press('ArrowRight');
  await expectRenderedPage(guest.page, document, 2);
  await expect(guest.page.getByTestId('reader-page-number')).toHaveText(`Trang 2/${PAGES}`);
  await expect(guest.page.getByTestId('vote-overlay')).toHaveCount(0);
  await expect(guest.page.getByTestId('vote-bar')).toHaveCount(0);
  await expect(guest.page.getByTestId('vote-awaiting')).toHaveCount(0);

  // Closed and awaiting its result: still nothing for the guest; published: the result, as everyone sees it.
  asChair(hub, { type: 'vote.close', voteId });
  await expect(delegate.page.getByTestId('vote-awaiting')).toBeVisible();
  await expect(guest.page.getByTestId('vote-overlay')).toHaveCount(0);
  asChair(hub, { type: 'vote.publish', voteId });
  await expect(guest.page.getByTestId('result-overlay')).toBeVisible();

  expect(guest.sentCommands).not.toContain('document.open');
  expect(guest.sentCommands).not.toContain('vote.cast');
  expect(hub.engine.state().documents.find((candidate) => candidate.id === document.id)?.openedBy).toEqual(['seat-3']);
});
