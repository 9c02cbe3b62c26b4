/**
 * The presenter zooms the presented page to a region from the console (a
 * preset quarter, then a dragged rectangle), and the big screen fills itself
 * with exactly that region, drawn sharp at the screen's resolution; "Bỏ phóng
 * to" brings the whole page back. The page is four coloured quarters, so the
 * colours on the screen tell which region it shows.
 */
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { PDFDocument, rgb } from 'pdf-lib';
import type { Principal } from '../../src/shared/protocol';
import { uploadTestDocument } from '../helpers/uploadTestDocument';
import { sameColour } from './canvasColour';
import { expect, test } from './fixtures';

const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };
const SCREEN = { width: 1920, height: 1080 };

const QUARTERS = {
  topLeft: [220, 40, 40],
  topRight: [40, 160, 60],
  bottomLeft: [40, 70, 210],
  bottomRight: [240, 200, 40],
} as const;

/** An A4 page in four quarters of distinct colours. */
async function quartersPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const half = { width: 595 / 2, height: 842 / 2 };
  const fill = ([r, g, b]: readonly [number, number, number]) => rgb(r / 255, g / 255, b / 255);
  // PDF coordinates start at the bottom left.
  page.drawRectangle({ x: 0, y: half.height, ...half, color: fill(QUARTERS.topLeft) });
  page.drawRectangle({ x: half.width, y: half.height, ...half, color: fill(QUARTERS.topRight) });
  page.drawRectangle({ x: 0, y: 0, ...half, color: fill(QUARTERS.bottomLeft) });
  page.drawRectangle({ x: half.width, y: 0, ...half, color: fill(QUARTERS.bottomRight) });
  return pdf.save();
}

/** The colours at the centre and near each corner of the zoomed canvas. */
async function zoomedColours(canvasHolder: Locator): Promise<number[][]> {
  return canvasHolder.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    const at = (x: number, y: number) => Array.from(context.getImageData(Math.floor(canvas.width * x), Math.floor(canvas.height * y), 1, 1).data.slice(0, 3));
    return [at(0.5, 0.5), at(0.05, 0.05), at(0.95, 0.05), at(0.05, 0.95), at(0.95, 0.95)];
  });
}

/** The zoomed canvas fills the screen's page area in one direction, and has at least one canvas pixel per screen pixel. */
async function expectSharpAndFilling(screen: Page): Promise<void> {
  const sizes = await screen.getByTestId('screen-zoom').evaluate((box) => {
    const canvas = box.querySelector('canvas');
    if (!canvas) throw new Error('no canvas');
    const shown = canvas.getBoundingClientRect();
    return {
      boxWidth: box.clientWidth,
      boxHeight: box.clientHeight,
      cssWidth: shown.width,
      cssHeight: shown.height,
      pixelWidth: canvas.width,
      pixelHeight: canvas.height,
      ratio: window.devicePixelRatio,
    };
  });
  const fillsWidth = Math.abs(sizes.cssWidth - sizes.boxWidth) <= 1;
  const fillsHeight = Math.abs(sizes.cssHeight - sizes.boxHeight) <= 1;
  expect(fillsWidth || fillsHeight).toBe(true);
  expect(sizes.cssWidth).toBeLessThanOrEqual(sizes.boxWidth + 1);
  expect(sizes.cssHeight).toBeLessThanOrEqual(sizes.boxHeight + 1);
  expect(sizes.pixelWidth).toBeGreaterThanOrEqual(Math.floor(sizes.cssWidth * sizes.ratio) - 1);
  expect(sizes.pixelHeight).toBeGreaterThanOrEqual(Math.floor(sizes.cssHeight * sizes.ratio) - 1);
}

test('the presenter zooms the page to a quarter or a dragged region, and the big screen shows exactly that region, sharp', async ({ hub, browser, openConsole }) => {
  test.setTimeout(60_000);
  const item = hub.engine.state().agenda[1];
  if (!item) throw new Error('no item');
  const document = await uploadTestDocument(hub, item.id, 'bon-goc.pdf', await quartersPdf(), 'Trang bốn góc màu');
  const shown = hub.engine.execute(secretary, { type: 'presentation.show', documentId: document.id, page: 1, offset: 0 });
  expect(shown.ok).toBe(true);

  const screen = await browser.newPage({ viewport: SCREEN });
  await screen.goto(`${hub.localUrl}/screen/`);
  await expect(screen.locator(`[data-testid="pdf-page"][data-document-id="${document.id}"][data-rendered-page="1"] canvas`)).toBeAttached();

  const console = await openConsole();
  await console.getByRole('tab', { name: 'Màn hình lớn' }).click();
  await expect(console.getByTestId('screen-zoom-state')).toHaveText('Màn hình lớn hiển thị cả trang.');

  // A preset: the top right quarter fills the screen, all of it green.
  await console.getByRole('button', { name: 'Góc trên phải' }).click();
  const zoomed = screen.getByTestId('screen-zoom-canvas');
  await expect(zoomed).toHaveAttribute('data-region', '0.5,0,0.5,0.5');
  await expect(zoomed.locator('canvas')).toBeAttached();
  for (const colour of await zoomedColours(zoomed)) expect(sameColour(colour, QUARTERS.topRight), String(colour)).toBe(true);
  await expectSharpAndFilling(screen);
  await expect(console.getByTestId('screen-zoom-state')).toHaveText('Màn hình lớn đang phóng to vùng đã chọn.');
  await screen.screenshot({ path: join('test-results', 'screen-page-zoomed-1920.png') });

  // A dragged rectangle inside the bottom left quarter: the screen shows that region, all blue.
  const preview = console.getByTestId('screen-zoom-stage').getByTestId('pdf-page');
  await expect(preview.locator('canvas')).toBeAttached();
  await console.getByTestId('screen-zoom-stage').scrollIntoViewIfNeeded();
  const box = await preview.boundingBox();
  if (!box) throw new Error('no preview');
  await console.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
  await console.mouse.down();
  await console.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.75, { steps: 5 });
  await console.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.9, { steps: 5 });
  await console.mouse.up();
  await expect(zoomed).toHaveAttribute('data-region', /^0\.(09|1)\d*,0\.(59|6)\d*,0\.(29|3)\d*,0\.(29|3)\d*$/);
  const region = hub.engine.state().screen.zoom;
  expect(region?.x).toBeCloseTo(0.1, 1);
  expect(region?.y).toBeCloseTo(0.6, 1);
  expect(region?.width).toBeCloseTo(0.3, 1);
  expect(region?.height).toBeCloseTo(0.3, 1);
  await expect.poll(async () => (await zoomedColours(zoomed)).every((colour) => sameColour(colour, QUARTERS.bottomLeft))).toBe(true);
  await expectSharpAndFilling(screen);

  // "Bỏ phóng to": the whole page again, its four colours.
  await console.getByRole('button', { name: 'Bỏ phóng to' }).click();
  await expect(screen.getByTestId('screen-zoom')).toHaveCount(0);
  await expect(screen.locator(`[data-testid="pdf-page"][data-document-id="${document.id}"][data-rendered-page="1"] canvas`)).toBeAttached();
  expect(hub.engine.state().screen.zoom).toBeNull();
  await screen.close();
});
