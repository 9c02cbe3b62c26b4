/**
 * pdf.js's CMaps, standard fonts and wasm decoders, loaded into memory while
 * the app is online (issue 12: a downloaded document never opened before
 * failed with the hub stopped, because pdf.js fetched these only at first
 * use). pdf.js asks for them through the BinaryDataFactory this module gives
 * it; a file loaded ahead is answered from memory, any other is fetched.
 *
 * This holds for the page's life: a reload with the hub stopped cannot load
 * the app at all, so nothing more durable would be used.
 */
import { PDFJS_ASSET_FOLDERS, parsePdfjsAssetList } from './pdfjsAssetList';
import type { PdfjsAssetKind } from './pdfjsAssetList';

const loaded = new Map<string, Uint8Array>();
const PARALLEL_FETCHES = 4;

const keyOf = (kind: PdfjsAssetKind, fileName: string) => `${PDFJS_ASSET_FOLDERS[kind]}/${fileName}`;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Loads every file the build listed into memory; resolves with how many were loaded. */
export async function preloadPdfjsBinaryData(base = '/pdfjs/'): Promise<number> {
  const list = parsePdfjsAssetList(await (await fetch(`${base}assets.json`)).json());
  if (!list) throw new Error('pdf.js asset list is malformed');
  const kinds = Object.keys(PDFJS_ASSET_FOLDERS) as PdfjsAssetKind[];
  const wanted = kinds.flatMap((kind) => list[PDFJS_ASSET_FOLDERS[kind]].map((fileName) => ({ kind, fileName })));
  let next = 0;
  const worker = async () => {
    while (next < wanted.length) {
      const asset = wanted[next++];
      if (!asset) return;
      const key = keyOf(asset.kind, asset.fileName);
      if (!loaded.has(key)) loaded.set(key, await fetchBytes(`${base}${key}`));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_FETCHES }, worker));
  return loaded.size;
}

/** How many files are held in memory (for the app's readiness mark and tests). */
export function preloadedCount(): number {
  return loaded.size;
}

/**
 * The factory pdf.js constructs with the URLs given to getDocument; it
 * answers from memory first. Its shape is pdf.js's BinaryDataFactory.
 */
export class PreloadedBinaryDataFactory {
  private readonly urls: Record<PdfjsAssetKind, string | null>;

  constructor({ cMapUrl = null, standardFontDataUrl = null, wasmUrl = null }: Partial<Record<PdfjsAssetKind, string | null>>) {
    this.urls = { cMapUrl, standardFontDataUrl, wasmUrl };
  }

  async fetch({ kind, filename }: { kind: PdfjsAssetKind; filename: string }): Promise<Uint8Array> {
    const held = loaded.get(keyOf(kind, filename));
    // pdf.js may transfer what it is given to its worker: hand over a copy, keep the original.
    if (held) return held.slice();
    const base = this.urls[kind];
    if (!base) throw new Error(`no URL for ${kind}`);
    return fetchBytes(`${base}${filename}`);
  }
}
