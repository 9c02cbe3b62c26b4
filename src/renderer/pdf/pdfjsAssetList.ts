/**
 * The files pdf.js fetches at first use besides its code: CMaps, standard
 * fonts and wasm decoders, served under /pdfjs/. The build writes their list
 * to /pdfjs/assets.json (vite.config.ts), so the app can load them all while
 * it is online, before any document needs them.
 */

/** The kinds pdf.js asks its BinaryDataFactory for, and the folder each is served from. */
export const PDFJS_ASSET_FOLDERS = { cMapUrl: 'cmaps', standardFontDataUrl: 'standard_fonts', wasmUrl: 'wasm' } as const;
export type PdfjsAssetKind = keyof typeof PDFJS_ASSET_FOLDERS;
export type PdfjsAssetFolder = (typeof PDFJS_ASSET_FOLDERS)[PdfjsAssetKind];

/** The list the build writes: the files of each folder that pdf.js may fetch. */
export type PdfjsAssetList = Record<PdfjsAssetFolder, string[]>;

/** The files of a folder pdf.js may ask for: packed CMaps, fonts, and wasm decoders (not the scripting engine: scripting is off). */
export function isFetchedAsset(folder: PdfjsAssetFolder, fileName: string): boolean {
  if (folder === 'cmaps') return fileName.endsWith('.bcmap');
  if (folder === 'standard_fonts') return /\.(pfb|ttf|otf)$/i.test(fileName);
  return fileName.endsWith('.wasm') && !fileName.startsWith('quickjs');
}

/** Checks the list read from the network: an object of the three folders, each a list of plain file names. */
export function parsePdfjsAssetList(value: unknown): PdfjsAssetList | null {
  if (typeof value !== 'object' || value === null) return null;
  const list: Partial<PdfjsAssetList> = {};
  for (const folder of Object.values(PDFJS_ASSET_FOLDERS)) {
    const names = (value as Record<string, unknown>)[folder];
    if (!Array.isArray(names) || !names.every((name) => typeof name === 'string' && /^[\w.-]+$/.test(name) && isFetchedAsset(folder, name))) return null;
    list[folder] = names as string[];
  }
  return list as PdfjsAssetList;
}
