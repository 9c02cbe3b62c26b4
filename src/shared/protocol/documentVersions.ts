/**
 * Document versions (tài liệu thay thế): the event that puts a new file in
 * place of a document's current one. It is not a client command: the hub
 * decides it after the replacement's upload has been stored and checked
 * (`POST /api/documents/<documentId>/replace`), as it does for an import.
 */
import { z } from 'zod';
import { UPLOAD_REFUSALS, uploadAcceptedSchema } from './upload';
import { idSchema, sha256Schema, TEXT_LIMITS } from './values';

export const documentReplacedEvent = z.strictObject({
  type: z.literal('document.replaced'),
  documentId: idSchema,
  sha256: sha256Schema,
  pages: z.number().int().min(1),
  bytes: z.number().int().min(1),
  fileName: z.string().max(TEXT_LIMITS.fileName),
  /** When the earlier version was replaced (hub clock, ms since the epoch). */
  replacedAt: z.number().int().min(0),
});
export type DocumentReplacedEvent = z.infer<typeof documentReplacedEvent>;

/**
 * Every code a refused replacement can carry, with its HTTP status: an upload's
 * codes, and `duplicate` (the file is the document's current version already)
 * and `too_many_versions` (it keeps MAX_DOCUMENT_VERSIONS earlier files at most).
 */
export const REPLACE_REFUSALS = { ...UPLOAD_REFUSALS, duplicate: 409, too_many_versions: 409 } as const satisfies Record<string, number>;
export type ReplaceRefusalCode = keyof typeof REPLACE_REFUSALS;
export const REPLACE_REFUSAL_CODES = Object.keys(REPLACE_REFUSALS) as [ReplaceRefusalCode, ...ReplaceRefusalCode[]];

/** The body of every answer to a replacement: the document as it now is, or `{error, message}`. */
export const replaceReplySchema = z.union([
  uploadAcceptedSchema,
  z.strictObject({ error: z.enum(REPLACE_REFUSAL_CODES), message: z.string() }),
]);
export type ReplaceReply = z.infer<typeof replaceReplySchema>;
