import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UPLOAD_REFUSAL_CODES, UPLOAD_REFUSALS, uploadReplySchema } from '../../../../src/shared/protocol';

/** The rows of the "Upload errors" table in docs/protocol.md, as code → status. */
function documentedUploadRefusals(): Record<string, number> {
  const doc = readFileSync(new URL('../../../../docs/protocol.md', import.meta.url), 'utf8');
  // The section runs to the next heading; later sections have tables of their own.
  const section = doc.split('### Upload errors')[1]?.split('\n#')[0];
  if (!section) throw new Error('docs/protocol.md has no "Upload errors" section');
  const rows = section.split('\n').filter((line) => /^\|\s*\d/.test(line));
  const documented: Record<string, number> = {};
  for (const row of rows) {
    const [statusCell = '', codeCell = ''] = row.split('|').slice(1).map((cell) => cell.trim());
    const statuses = statusCell.split('/').map((status) => Number(status.trim()));
    const codes = codeCell.split('/').map((code) => code.trim().replace(/`/g, ''));
    expect(codes.length, `the row "${row}" names as many statuses as codes`).toBe(statuses.length);
    codes.forEach((code, index) => {
      documented[code] = statuses[index] ?? Number.NaN;
    });
  }
  return documented;
}

describe('the upload contract', () => {
  it('is documented in docs/protocol.md with exactly its refusal codes and their HTTP statuses', () => {
    expect(documentedUploadRefusals()).toEqual({ ...UPLOAD_REFUSALS });
  });

  it('answers every refusal with a client-error or server-error status', () => {
    for (const code of UPLOAD_REFUSAL_CODES) expect(UPLOAD_REFUSALS[code]).toBeGreaterThanOrEqual(400);
  });

  it('accepts a refusal reply only with a listed code and a message', () => {
    expect(uploadReplySchema.safeParse({ error: 'not_pdf', message: 'The content is not a PDF' }).success).toBe(true);
    expect(uploadReplySchema.safeParse({ error: 'teapot', message: 'no' }).success).toBe(false);
    expect(uploadReplySchema.safeParse({ error: 'not_pdf' }).success).toBe(false);
  });

  it('accepts a success reply only with a whole document', () => {
    const document = { id: 'd1', itemId: 'i1', title: 'Tờ trình', sha256: 'a'.repeat(64), fileName: 'a.pdf', bytes: 10, pages: 1, openedBy: [] };
    expect(uploadReplySchema.safeParse({ document }).success).toBe(true);
    expect(uploadReplySchema.safeParse({ document: { id: 'd1' } }).success).toBe(false);
  });
});
