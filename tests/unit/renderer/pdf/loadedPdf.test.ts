import { describe, expect, it } from 'vitest';
import { clampPage, pagesAround } from '../../../../src/renderer/pdf/loadedPdf';
import { fakePdf } from './fakePdf';

describe('LoadedPdf', () => {
  it('carries the hash it was opened under and the page count pdf.js found, and cannot be changed', () => {
    const pdf = fakePdf('sha-a', 7);
    expect(pdf).toMatchObject({ sha256: 'sha-a', pages: 7 });
    expect(Object.isFrozen(pdf)).toBe(true);
  });

  it('clamps a wanted page into the document, so page 7 of a long document becomes the last page of a short one', () => {
    const short = fakePdf('sha-short', 2);
    expect(clampPage(short, 7)).toBe(2);
    expect(clampPage(short, 0)).toBe(1);
    expect(clampPage(short, -3)).toBe(1);
    expect(clampPage(short, Number.NaN)).toBe(1);
    expect(clampPage(short, 2)).toBe(2);
  });

  it('names the pages to render ahead, nearest first and only those the document has', () => {
    const pdf = fakePdf('sha-a', 5);
    expect(pagesAround(pdf, 3, 2)).toEqual([4, 2, 5, 1]);
    expect(pagesAround(pdf, 1, 2)).toEqual([2, 3]);
    expect(pagesAround(pdf, 5, 1)).toEqual([4]);
    expect(pagesAround(fakePdf('sha-one', 1), 1, 2)).toEqual([]);
  });
});
