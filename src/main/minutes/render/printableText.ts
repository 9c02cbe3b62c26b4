/**
 * Text from the record goes into XML (DOCX) and PDF content streams. A name
 * may hold characters neither format can carry: C0 control characters other
 * than tab and line feed, lone surrogate halves, and the non-characters
 * U+FFFE/U+FFFF. They are dropped, the same way for both formats and for the
 * canonical text the verifier compares, so a file and its record still agree.
 * Everything else (`<`, `&`, emoji, combining marks) is kept: the libraries
 * escape and encode it.
 */
const UNCARRIABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function printableText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNCARRIABLE, '');
}
