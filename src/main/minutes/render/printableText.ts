/**
 * Text from the record goes into XML (DOCX) and PDF content streams. A name
 * may hold characters neither format can carry: C0 control characters other
 * than tab and line feed, lone surrogate halves, and the non-characters
 * U+FFFE/U+FFFF. They are dropped, the same way for both formats and for the
 * canonical text the verifier compares, so a file and its record still agree.
 * Everything else (`<`, `&`, emoji, combining marks) is kept: the libraries
 * escape and encode it.
 */
export function printableText(text: string): string {
  let out = '';
  // Iterating a string by code point yields a lone surrogate half as a code point of its own.
  for (const char of text.replace(/\r\n?/g, '\n')) {
    const code = char.codePointAt(0) ?? 0;
    if (isCarriable(code)) out += char;
  }
  return out;
}

function isCarriable(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return code !== 0xfffe && code !== 0xffff;
}
