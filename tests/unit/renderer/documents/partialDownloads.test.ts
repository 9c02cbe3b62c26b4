import { describe, expect, it } from 'vitest';
import { createPartialDownloads } from '../../../../src/renderer/documents/partialDownloads';

const partial = (length: number) => ({ chunks: [new Uint8Array(length)], length });

describe('partial downloads', () => {
  it('gives back what was kept once, then forgets it', () => {
    const partials = createPartialDownloads(100);
    partials.keep('a', partial(10));
    expect(partials.take('a')?.length).toBe(10);
    expect(partials.take('a')).toBeUndefined();
  });

  it('keeps nothing for an empty transfer', () => {
    const partials = createPartialDownloads(100);
    partials.keep('a', partial(0));
    expect(partials.take('a')).toBeUndefined();
  });

  it('drops the oldest partials past the byte budget, keeping the newest', () => {
    const partials = createPartialDownloads(100);
    partials.keep('a', partial(40));
    partials.keep('b', partial(40));
    partials.keep('c', partial(40));
    expect(partials.heldBytes()).toBe(80);
    expect(partials.take('a')).toBeUndefined();
    expect(partials.take('c')?.length).toBe(40);
  });

  it('keeps no single partial larger than the whole budget', () => {
    const partials = createPartialDownloads(100);
    partials.keep('big', partial(101));
    expect(partials.heldBytes()).toBe(0);
  });
});
