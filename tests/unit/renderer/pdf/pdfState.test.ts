import { describe, expect, it } from 'vitest';
import { pdfStateFor } from '../../../../src/renderer/pdf/pdfState';
import { fakePdf } from './fakePdf';

describe('usePdf’s answer (issue 12: never the previous document under the new one)', () => {
  const a = fakePdf('sha-a', 7);

  it('is the document once the one asked for is open', () => {
    expect(pdfStateFor('sha-a', { sha256: 'sha-a', outcome: { status: 'ready', pdf: a } })).toEqual({ status: 'ready', pdf: a });
  });

  it('is loading, not the open document, in the render right after a switch to another document', () => {
    expect(pdfStateFor('sha-b', { sha256: 'sha-a', outcome: { status: 'ready', pdf: a } })).toEqual({ status: 'loading' });
  });

  it('is loading when an open settled under one hash holds a document of another', () => {
    expect(pdfStateFor('sha-b', { sha256: 'sha-b', outcome: { status: 'ready', pdf: a } })).toEqual({ status: 'loading' });
  });

  it('is failed only for the document that failed to open', () => {
    expect(pdfStateFor('sha-a', { sha256: 'sha-a', outcome: { status: 'failed' } })).toEqual({ status: 'failed' });
    expect(pdfStateFor('sha-b', { sha256: 'sha-a', outcome: { status: 'failed' } })).toEqual({ status: 'loading' });
  });

  it('is loading while no document is asked for or nothing has settled', () => {
    expect(pdfStateFor(undefined, { sha256: 'sha-a', outcome: { status: 'ready', pdf: a } })).toEqual({ status: 'loading' });
    expect(pdfStateFor('sha-a', null)).toEqual({ status: 'loading' });
  });
});
