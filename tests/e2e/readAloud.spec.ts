/**
 * "Đọc to" with the device's Vietnamese voice (Web Speech API). Headless
 * Chromium has no voices, so this checks, for real and without a stub, what
 * a device without a Vietnamese voice shows: a disabled button that says why.
 * The text it would read is checked by tests/unit/renderer/pdf/pageText.test.ts.
 */
import { openTouchIpad } from './ipadBallot';
import { addColourDocument, present, renderedPage } from './readerDocuments';
import { expect, test } from './fixtures';

test('on a device with no Vietnamese voice, "Đọc to" is disabled and says there is no Vietnamese voice', async ({ hub, browser }) => {
  const colours = await addColourDocument(hub, 3);
  present(hub, colours, 1);
  const ipad = await openTouchIpad(browser, hub, 4);
  await expect(renderedPage(ipad.page, colours, 1)).toBeVisible();
  const vietnameseVoices = await ipad.page.evaluate(() => speechSynthesis.getVoices().filter((voice) => /^vi([-_]|$)/i.test(voice.lang)).length);
  // What this test runs on: a browser with no Vietnamese voice at all.
  expect(vietnameseVoices).toBe(0);

  const button = ipad.page.getByTestId('read-aloud');
  await expect(button).toBeDisabled();
  await expect(button).toHaveAttribute('data-state', 'unavailable');
  await expect(button).toContainText('Máy chưa có giọng đọc tiếng Việt');
  await expect(button).toHaveAttribute('title', 'Máy chưa có giọng đọc tiếng Việt');

  await ipad.page.getByRole('button', { name: 'English' }).tap();
  await expect(button).toContainText('No Vietnamese voice on this device');
  await ipad.context.close();
});
