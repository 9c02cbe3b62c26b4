import { beforeEach, describe, expect, it } from 'vitest';
import { dismissFinishedUploads, dismissUpload, useUploads } from '../../../../src/renderer/console/uploads';
import type { Upload } from '../../../../src/renderer/console/uploads';

const rows: Upload[] = [
  { id: 1, itemId: 'i1', name: 'anh-chup.pdf', stage: { kind: 'refused', refusal: { ok: false, code: 'not_pdf', message: 'x' } } },
  { id: 2, itemId: 'i1', name: 'a.pdf', stage: { kind: 'added', warnings: [] } },
  { id: 3, itemId: 'i1', name: 'b.pdf', stage: { kind: 'uploading', fraction: 0.5 } },
  { id: 4, itemId: 'i2', name: 'c.pdf', stage: { kind: 'waiting' } },
];

beforeEach(() => useUploads.setState({ uploads: rows }));

describe("the console's upload rows", () => {
  it('closes one finished row, and leaves every other outcome in place', () => {
    dismissUpload(1);
    expect(useUploads.getState().uploads.map((upload) => upload.id)).toEqual([2, 3, 4]);
  });

  it('does not close a row whose file is still under way', () => {
    dismissUpload(3);
    dismissUpload(4);
    expect(useUploads.getState().uploads.map((upload) => upload.id)).toEqual([1, 2, 3, 4]);
  });

  it('closes every finished row at once, keeping the files still under way', () => {
    dismissFinishedUploads();
    expect(useUploads.getState().uploads.map((upload) => upload.id)).toEqual([3, 4]);
  });
});
