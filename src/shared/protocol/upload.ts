/**
 * The HTTP upload contract: `POST /api/documents` answers `{document}` with
 * 200, or `{error, message}` with the status given here. The hub's route, the
 * import and the console's upload client all take their codes from this list,
 * and docs/protocol.md lists the same codes (a unit test keeps them equal).
 */
import { z } from 'zod';
import { documentInfoSchema } from './values';

/** Every code a refused upload can carry, with its HTTP status. */
export const UPLOAD_REFUSALS = {
  empty: 400,
  not_pdf: 415,
  corrupt: 422,
  encrypted: 422,
  too_large: 413,
  not_found: 404,
  unauthorized: 401,
  forbidden: 403,
  invalid: 400,
  storage_full: 507,
  storage_read_only: 503,
  storage_failed: 500,
  // A file already on the item, and files too costly to check.
  duplicate: 409,
  timeout: 422,
  too_many_pages: 422,
} as const satisfies Record<string, number>;

export type UploadRefusalCode = keyof typeof UPLOAD_REFUSALS;

/** Documents with more pages are refused (`too_many_pages`); a council's longest run to a few hundred. */
export const MAX_DOCUMENT_PAGES = 10_000;
export const UPLOAD_REFUSAL_CODES = Object.keys(UPLOAD_REFUSALS) as [UploadRefusalCode, ...UploadRefusalCode[]];

/**
 * What the checks of the bytes themselves refuse (see the hub's `inspectPdf`):
 * `encrypted` only for a file that needs a password to open; `timeout` for one
 * whose check passed its time or memory limit; `too_many_pages` above the page limit.
 */
export type PdfProblem = Extract<UploadRefusalCode, 'empty' | 'not_pdf' | 'corrupt' | 'encrypted' | 'timeout' | 'too_many_pages'>;

/**
 * Why an accepted file may still read badly on the iPads. `xfa_only`: the PDF
 * is a dynamic XFA form; its real content exists only as XFA, and every reader
 * but Adobe's (pdf.js on the iPads among them) shows its placeholder page
 * ("Please wait… upgrade Adobe Reader") instead. A reply without `warnings`
 * (a hub from before they existed) reads as none.
 */
export const UPLOAD_WARNINGS = ['xfa_only'] as const;
export type UploadWarning = (typeof UPLOAD_WARNINGS)[number];

export const uploadAcceptedSchema = z.strictObject({
  document: documentInfoSchema,
  warnings: z.array(z.enum(UPLOAD_WARNINGS)).max(UPLOAD_WARNINGS.length).default([]),
});
export const uploadRefusedSchema = z.strictObject({
  error: z.enum(UPLOAD_REFUSAL_CODES),
  message: z.string(),
  /** With `too_large`: the hub's limit in megabytes, which the console names. */
  limitMegabytes: z.number().int().positive().optional(),
});
/** The body of every answer to an upload. */
export const uploadReplySchema = z.union([uploadAcceptedSchema, uploadRefusedSchema]);
export type UploadReply = z.infer<typeof uploadReplySchema>;
