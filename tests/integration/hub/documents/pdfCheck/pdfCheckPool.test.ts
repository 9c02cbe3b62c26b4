/**
 * The check pool with real worker threads and the real pdf.js: at most two
 * checks at once, the rest queued; a check past its time, heap or memory
 * limit is refused as too complex.
 */
import { describe, expect, it } from 'vitest';
import { PDF_CHECK_LIMITS } from '../../../../../src/main/hub/documents/pdfCheck/pdfCheckLimits';
import { PdfCheckPool } from '../../../../../src/main/hub/documents/pdfCheck/pdfCheckPool';
import { makePdf } from '../../../../helpers/testPdfs';

describe('the PDF check pool', () => {
  it('runs at most two checks at once and queues the rest, answering each', async () => {
    const pool = new PdfCheckPool();
    const pdfs = await Promise.all([makePdf(1), makePdf(2), makePdf(3), makePdf(4)]);
    const checks = pdfs.map((pdf) => pool.check(pdf));
    expect(pool.load()).toEqual({ running: 2, waiting: 2 });
    const outcomes = await Promise.all(checks);
    expect(outcomes.map((outcome) => outcome.ok && outcome.pages)).toEqual([1, 2, 3, 4]);
    expect(pool.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('checks exactly the bytes of a Buffer that is a view into a larger one', async () => {
    const pdf = await makePdf(2);
    const shared = Buffer.alloc(pdf.byteLength + 200, 0x41);
    shared.set(pdf, 100);
    const view = shared.subarray(100, 100 + pdf.byteLength);
    expect(await new PdfCheckPool().check(view)).toEqual({ ok: true, pages: 2, warnings: [] });
    expect(view[0]).toBe(0x25);
  });

  it('refuses a check that passes its time limit as too complex, and frees its place', async () => {
    const pool = new PdfCheckPool({ ...PDF_CHECK_LIMITS, timeoutMs: 1 });
    expect(await pool.check(await makePdf(1))).toMatchObject({ ok: false, code: 'timeout' });
    expect(pool.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('gives a check its time for the page count it reads: a negative time per page refuses a 50-page file that the base time alone would pass', async () => {
    const pool = new PdfCheckPool({ ...PDF_CHECK_LIMITS, timeoutMs: 60_000, timeoutMsPerPage: -60_000 });
    expect(await pool.check(await makePdf(50))).toMatchObject({ ok: false, code: 'timeout', message: expect.stringContaining('not done within') });
    expect(await new PdfCheckPool({ ...PDF_CHECK_LIMITS, timeoutMs: 60_000 }).check(await makePdf(50))).toMatchObject({ ok: true, pages: 50 });
  });

  it('refuses a check whose worker runs out of its heap as too complex', async () => {
    const pool = new PdfCheckPool({ ...PDF_CHECK_LIMITS, maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 });
    expect(await pool.check(await makePdf(1))).toMatchObject({ ok: false, code: 'timeout', message: expect.stringContaining('memory') });
  });

  it('refuses a check whose process memory grows past its allowance as too complex', async () => {
    const pool = new PdfCheckPool({ ...PDF_CHECK_LIMITS, maxResidentGrowthMb: -1024 });
    expect(await pool.check(await makePdf(1))).toMatchObject({ ok: false, code: 'timeout' });
  });
});
