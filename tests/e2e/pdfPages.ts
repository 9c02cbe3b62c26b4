/**
 * Reads a printed PDF the way paper shows it: pdftoppm (poppler-utils) renders
 * each page in grey levels, and the blobs of ink on a page are found by
 * flood fill. Used to check the pairing sheet's pages by their image.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, row by row: 0 black, 255 white. */
  pixels: Uint8Array;
}

export interface Blob {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Renders every page of `pdf` at `dpi` in grey levels. */
export function renderPdfPages(pdf: Buffer, dpi: number): GreyImage[] {
  const dir = mkdtempSync(join(tmpdir(), 'chamber-pdf-'));
  try {
    const file = join(dir, 'sheet.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', file, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort()
      .map((name) => parsePgm(readFileSync(join(dir, name))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A binary PGM (P5) with 8-bit samples, as pdftoppm -gray writes it. */
function parsePgm(data: Buffer): GreyImage {
  const header: string[] = [];
  let offset = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(data[offset] ?? 32))) offset += 1;
    let token = '';
    while (offset < data.length && !/\s/.test(String.fromCharCode(data[offset] ?? 32))) token += String.fromCharCode(data[offset++] ?? 32);
    header.push(token);
  }
  offset += 1;
  const [magic, width, height, max] = header;
  if (magic !== 'P5' || max !== '255') throw new Error(`Not an 8-bit binary PGM: ${header.join(' ')}`);
  return { width: Number(width), height: Number(height), pixels: data.subarray(offset, offset + Number(width) * Number(height)) };
}

/**
 * The separate blobs of non-white on a page: pixels darker than `whiteBelow`
 * count as ink, and ink within `reach` pixels of other ink joins its blob, so
 * a card's border, text and QR code make one blob, and two cards apart by more
 * than twice the reach stay two.
 */
export function inkBlobs(image: GreyImage, whiteBelow: number, reach: number): Blob[] {
  const { width, height, pixels } = image;
  const ink = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if ((pixels[y * width + x] ?? 255) >= whiteBelow) continue;
      for (let dy = Math.max(0, y - reach); dy <= Math.min(height - 1, y + reach); dy += 1) {
        ink.fill(1, dy * width + Math.max(0, x - reach), dy * width + Math.min(width - 1, x + reach) + 1);
      }
    }
  }
  const seen = new Uint8Array(width * height);
  const blobs: Blob[] = [];
  for (let start = 0; start < ink.length; start += 1) {
    if (!ink[start] || seen[start]) continue;
    let [left, top, right, bottom] = [width, height, 0, 0];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const at = stack.pop() as number;
      const x = at % width;
      const y = (at - x) / width;
      [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      for (const next of [x > 0 ? at - 1 : -1, x < width - 1 ? at + 1 : -1, y > 0 ? at - width : -1, y < height - 1 ? at + width : -1]) {
        if (next >= 0 && ink[next] && !seen[next]) {
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
    // The reach widened the blob on each side; its ink is that much smaller.
    blobs.push({ left: left + reach, top: top + reach, width: right - left + 1 - 2 * reach, height: bottom - top + 1 - 2 * reach });
  }
  return blobs;
}
