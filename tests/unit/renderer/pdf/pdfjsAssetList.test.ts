import { describe, expect, it } from 'vitest';
import { isFetchedAsset, parsePdfjsAssetList } from '../../../../src/renderer/pdf/pdfjsAssetList';

describe('the list of pdf.js files loaded ahead for offline reading', () => {
  it('keeps the packed CMaps, the fonts and the image decoders, and leaves out licences and the scripting engine', () => {
    expect(isFetchedAsset('cmaps', 'UniGB-UCS2-H.bcmap')).toBe(true);
    expect(isFetchedAsset('cmaps', 'LICENSE')).toBe(false);
    expect(isFetchedAsset('standard_fonts', 'FoxitSerif.pfb')).toBe(true);
    expect(isFetchedAsset('standard_fonts', 'LiberationSans-Regular.ttf')).toBe(true);
    expect(isFetchedAsset('wasm', 'openjpeg.wasm')).toBe(true);
    expect(isFetchedAsset('wasm', 'quickjs-eval.wasm')).toBe(false);
  });

  it('accepts a list of plain file names for each of the three folders', () => {
    const list = { cmaps: ['Adobe-Japan1-UCS2.bcmap'], standard_fonts: ['FoxitSans.pfb'], wasm: ['jbig2.wasm'] };
    expect(parsePdfjsAssetList(list)).toEqual(list);
  });

  it('refuses a list with a path in a name, a missing folder or a file pdf.js never fetches', () => {
    expect(parsePdfjsAssetList({ cmaps: ['../secret.bcmap'], standard_fonts: [], wasm: [] })).toBeNull();
    expect(parsePdfjsAssetList({ cmaps: [], standard_fonts: [] })).toBeNull();
    expect(parsePdfjsAssetList({ cmaps: ['LICENSE'], standard_fonts: [], wasm: [] })).toBeNull();
    expect(parsePdfjsAssetList(null)).toBeNull();
  });
});
