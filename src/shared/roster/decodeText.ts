/**
 * The text of a CSV file. Excel writes "CSV UTF-8" with a byte-order mark, and
 * plain "CSV" in the computer's ANSI code page, which on a Vietnamese Windows is
 * windows-1258. Strict UTF-8 is tried first (any Vietnamese text in windows-1258
 * is invalid UTF-8), then windows-1258; UTF-16 is read by its byte-order mark. Both decoders exist in browsers and in
 * Node (with its default full ICU).
 */
interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}
type TextDecoderConstructor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

// src/shared compiles without the DOM or Node libraries, so the global decoder is described here.
const { TextDecoder } = globalThis as unknown as { TextDecoder: TextDecoderConstructor };

export function decodeText(bytes: Uint8Array): string {
  // Excel's "Unicode Text" (tab-separated) is UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}
