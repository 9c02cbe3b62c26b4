/**
 * The private notes contract: `/api/notes`. The iPad encrypts every note
 * before it leaves the device; the hub only ever holds what is defined here,
 * ciphertext and the public parameters of the key derivation. Nothing in a
 * request names a document, a page or a word of the note.
 *
 * - `GET /api/notes` → `{ key: NotesKeyRecord | null, notes: SealedNote[] }`
 * - `PUT /api/notes/key` with `NotesKeyRecord` → 200, or 409 `key_exists`
 * - `PUT /api/notes/<noteId>` with `{ iv, data }` → 200, or 409 `no_key`
 * - `DELETE /api/notes/<noteId>` → 200 (also when it was already gone)
 * - `DELETE /api/notes` → 200: the seat's key and every note are discarded ("Bắt đầu lại")
 */
import { z } from 'zod';

/** PBKDF2-SHA256 iterations: never fewer than 600,000 (OWASP 2023 for PBKDF2-HMAC-SHA256). */
export const NOTES_MIN_ITERATIONS = 600_000;
export const NOTES_MAX_ITERATIONS = 10_000_000;

export const NOTES_LIMITS = {
  /** Base64 characters of one note's ciphertext (about 192 KiB of note, drawings included). */
  noteChars: 256 * 1024,
  /** Notes of one seat. */
  notesPerSeat: 2_000,
  /** Base64 characters of all of one seat's ciphertext together. */
  seatChars: 16 * 1024 * 1024,
  /** A request body: one note and its JSON wrapping. */
  bodyBytes: 256 * 1024 + 1024,
} as const;

/** Every code a refused notes request carries, with its HTTP status. */
export const NOTES_REFUSALS = {
  unauthorized: 401,
  forbidden: 403,
  invalid: 400,
  bad_json: 400,
  too_large: 413,
  seat_full: 413,
  no_key: 409,
  key_exists: 409,
  not_found: 404,
  method_not_allowed: 405,
  no_session: 503,
  read_only: 409,
} as const satisfies Record<string, number>;
export type NotesRefusalCode = keyof typeof NOTES_REFUSALS;

const base64 = (minChars: number, maxChars: number) =>
  z
    .string()
    .min(minChars)
    .max(maxChars)
    .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'not base64');

/** A note's id: random, made on the iPad; it says nothing about the note. */
export const noteIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'not a note id');

/** AES-GCM output: a 12-byte IV (16 base64 characters) and the ciphertext with its tag. */
export const sealedSchema = z.strictObject({
  iv: base64(16, 16),
  data: base64(24, NOTES_LIMITS.noteChars),
});
export type Sealed = z.infer<typeof sealedSchema>;

/** The seat's key derivation: a random 16-byte salt, the iterations, and a check value (a known plaintext sealed with the key). */
export const notesKeyRecordSchema = z.strictObject({
  salt: base64(24, 24),
  iterations: z.number().int().min(NOTES_MIN_ITERATIONS).max(NOTES_MAX_ITERATIONS),
  check: sealedSchema,
});
export type NotesKeyRecord = z.infer<typeof notesKeyRecordSchema>;

export const sealedNoteSchema = sealedSchema.extend({ id: noteIdSchema });
export type SealedNote = z.infer<typeof sealedNoteSchema>;

export const notesListingSchema = z.strictObject({
  key: notesKeyRecordSchema.nullable(),
  notes: z.array(sealedNoteSchema),
});
export type NotesListing = z.infer<typeof notesListingSchema>;
