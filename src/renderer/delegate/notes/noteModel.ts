/**
 * What one private note holds once decrypted on the iPad. The hub never sees
 * any of it: the document, the page, the highlighted text and the drawing are
 * all inside the ciphertext. A note belongs to one version of a document (its
 * SHA-256): a replaced document's notes stay with the old version.
 */
import { z } from 'zod';

export const NOTE_KINDS = ['highlight', 'note', 'drawing'] as const;
export const PEN_COLOURS = ['black', 'red', 'blue', 'green'] as const;
export type PenColour = (typeof PEN_COLOURS)[number];

export const NOTE_TEXT_LIMIT = 5_000;
/** Points are stored as whole ten-thousandths of the page's width and height. */
export const POINT_SCALE = 10_000;

const fraction = z.number().min(0).max(1);

/** A highlighted passage's boxes, as fractions of the page: x, y, width, height. */
export const highlightRectSchema = z.tuple([fraction, fraction, fraction, fraction]);
export type HighlightRect = z.infer<typeof highlightRectSchema>;

export const strokeSchema = z.strictObject({
  colour: z.enum(PEN_COLOURS),
  /** Line width as a thousandth of the page's width. */
  width: z.number().min(1).max(40),
  /** x0, y0, x1, y1, … in ten-thousandths of the page. */
  points: z.array(z.number().int().min(0).max(POINT_SCALE)).max(20_000),
});
export type Stroke = z.infer<typeof strokeSchema>;

export const noteSchema = z.strictObject({
  v: z.literal(1),
  kind: z.enum(NOTE_KINDS),
  /** The document version the note belongs to. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  documentId: z.string().min(1).max(100),
  /** The document's title when the note was written, for the list and the export. */
  documentTitle: z.string().max(500),
  page: z.number().int().min(1),
  /** The page's height over its width, so a drawing keeps its shape in the list's export. */
  aspect: z.number().min(0.1).max(10),
  createdAt: z.number().int().min(0),
  updatedAt: z.number().int().min(0),
  /** The delegate's own words (a page note, or a note on a passage). */
  text: z.string().max(NOTE_TEXT_LIMIT),
  /** The highlighted passage's text. */
  quote: z.string().max(NOTE_TEXT_LIMIT),
  rects: z.array(highlightRectSchema).max(300),
  strokes: z.array(strokeSchema).max(1_000),
});
export type Note = z.infer<typeof noteSchema>;

/** Where a note is: a document version and a page. */
export interface NotePlace {
  sha256: string;
  documentId: string;
  documentTitle: string;
  page: number;
  /** Known once the page is laid out; A4 portrait until then. */
  aspect?: number;
}

export function newNote(place: NotePlace, kind: Note['kind'], now: number, fields: Partial<Pick<Note, 'text' | 'quote' | 'rects' | 'strokes'>> = {}): Note {
  return { v: 1, kind, ...place, aspect: place.aspect ?? Math.SQRT2, createdAt: now, updatedAt: now, text: '', quote: '', rects: [], strokes: [], ...fields };
}

/** A random id for a new note: 128 bits, base64url; it says nothing about the note. */
export function newNoteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
