import { describe, expect, it } from 'vitest';
import { UPLOAD_REFUSAL_CODES, UPLOAD_REFUSALS } from '../../../../src/shared/protocol';
import { readUploadReply } from '../../../../src/renderer/console/uploadDocument';

const document = { id: 'd1', itemId: 'i1', title: 'Tờ trình', sha256: 'b'.repeat(64), fileName: 'to-trinh.pdf', bytes: 39741, pages: 6, openedBy: [], version: 1, previous: [], supplementary: false };

describe('reading the hub’s answer to an upload', () => {
  it('gives the document of a 200 answer, with no warnings when the hub gave none', () => {
    expect(readUploadReply(200, JSON.stringify({ document }))).toEqual({ ok: true, document, warnings: [] });
    expect(readUploadReply(200, JSON.stringify({ document, warnings: [] }))).toEqual({ ok: true, document, warnings: [] });
  });

  it('passes on the hub’s warning that a file is an XFA-only form', () => {
    expect(readUploadReply(200, JSON.stringify({ document, warnings: ['xfa_only'] }))).toEqual({ ok: true, document, warnings: ['xfa_only'] });
  });

  it('reads an unknown warning as a reply outside the contract', () => {
    expect(readUploadReply(200, JSON.stringify({ document, warnings: ['mystery'] }))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('keeps every refusal code of the contract as the hub sent it', () => {
    for (const code of UPLOAD_REFUSAL_CODES) {
      const result = readUploadReply(UPLOAD_REFUSALS[code], JSON.stringify({ error: code, message: `refused: ${code}` }));
      expect(result).toEqual({ ok: false, code, message: `refused: ${code}` });
    }
  });

  it('passes on the size limit in megabytes that the hub gives with a too-large refusal', () => {
    const reply = JSON.stringify({ error: 'too_large', message: 'The file is larger than the limit of 200 MB', limitMegabytes: 200 });
    expect(readUploadReply(413, reply)).toEqual({ ok: false, code: 'too_large', message: 'The file is larger than the limit of 200 MB', limitMegabytes: 200 });
  });

  it('reads a body outside the contract by its status: 413 as too large, anything else as invalid', () => {
    expect(readUploadReply(413, '<html>Request Entity Too Large</html>')).toMatchObject({ ok: false, code: 'too_large' });
    expect(readUploadReply(502, '<html>Bad Gateway</html>')).toMatchObject({ ok: false, code: 'invalid' });
    expect(readUploadReply(400, JSON.stringify({ error: 'teapot', message: 'no' }))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('does not take a document from an answer whose status is not 200', () => {
    expect(readUploadReply(500, JSON.stringify({ document }))).toMatchObject({ ok: false, code: 'invalid' });
  });
});
