import type { Locator } from '@playwright/test';

/** The colour at the middle of the rendered page's canvas, read from its pixels. */
export async function canvasCentreColour(pdfPage: Locator): Promise<[number, number, number]> {
  return pdfPage.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    const [r, g, b] = context.getImageData(Math.floor(canvas.width / 2), Math.floor(canvas.height / 2), 1, 1).data;
    return [r ?? 0, g ?? 0, b ?? 0] as [number, number, number];
  });
}

/** True when two colours are the same up to rendering noise. */
export function sameColour(a: readonly number[], b: readonly number[]): boolean {
  return a.every((value, index) => Math.abs(value - (b[index] ?? -999)) <= 6);
}
