/**
 * The printed pairing sheet, read from the PDF as paper shows it: 3 × 4 cards
 * per A4 page as docs/operations.md says (30 seats on 3 pages), and nothing on
 * any page besides the cards: no stray background.
 */
import { expect, test } from './fixtures';
import { inkBlobs, renderPdfPages } from './pdfPages';

/** 50 dpi: a millimetre is about 2 pixels, plenty to tell cards and gaps apart. */
const DPI = 50;
const MM = DPI / 25.4;
/** Anything darker than this is ink: the console's paper colour (#f5f3ef) counts. */
const WHITE_BELOW = 250;
/** Ink within 2 mm joins one blob: a card's border, text and QR code, never two cards 6 mm apart. */
const REACH = Math.round(2 * MM);

test('the pairing sheet prints 3 × 4 cards per A4 page, 30 seats on 3 pages, with nothing but the cards on each page', async ({ openConsole }) => {
  const console = await openConsole();
  await console.getByRole('tab', { name: 'Ghép nối thiết bị' }).click();
  await expect(console.getByTestId('pairing-card')).toHaveCount(30);
  await expect(console.getByTestId('pairing-card').getByRole('img')).toHaveCount(30);
  await console.emulateMedia({ media: 'print' });
  const overflowing = await console.getByTestId('pairing-card').evaluateAll((all) => all.filter((card) => card.scrollHeight > card.clientHeight).length);
  expect(overflowing, 'cards whose content is cut off').toBe(0);

  const pages = renderPdfPages(await console.pdf({ format: 'A4', printBackground: true }), DPI);

  expect(pages.length).toBe(3);
  const cardsPerPage = pages.map((image) => {
    const blobs = inkBlobs(image, WHITE_BELOW, REACH);
    // Every blob is one card: about 60 mm wide and 60 mm tall, never a block spanning the page.
    for (const blob of blobs) {
      expect(blob.width / MM, `a blob ${JSON.stringify(blob)} as wide as one card`).toBeGreaterThan(50);
      expect(blob.width / MM, `a blob ${JSON.stringify(blob)} as wide as one card`).toBeLessThan(66);
      expect(blob.height / MM, `a blob ${JSON.stringify(blob)} as tall as one card`).toBeGreaterThan(50);
      expect(blob.height / MM, `a blob ${JSON.stringify(blob)} as tall as one card`).toBeLessThan(70);
    }
    const columns = new Set(blobs.map((blob) => Math.round(blob.left / (20 * MM))));
    const rows = new Set(blobs.map((blob) => Math.round(blob.top / (20 * MM))));
    return { cards: blobs.length, columns: columns.size, rows: rows.size };
  });
  expect(cardsPerPage).toEqual([
    { cards: 12, columns: 3, rows: 4 },
    { cards: 12, columns: 3, rows: 4 },
    { cards: 6, columns: 3, rows: 2 },
  ]);
});
