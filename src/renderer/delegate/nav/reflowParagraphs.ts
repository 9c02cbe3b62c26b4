/**
 * A page's text as paragraphs to reflow at a large size. pdf.js breaks the
 * text where the PDF's lines end; a line break is kept as a paragraph break
 * only where a sentence or a heading ends (a closing mark, or a line much
 * shorter than the page's lines), otherwise the lines run together.
 */
export function reflowParagraphs(text: string): string[] {
  const lines = text.split('\n').map((line) => line.replace(/\s+/gu, ' ').trim()).filter((line) => line !== '');
  if (lines.length === 0) return [];
  const longest = Math.max(...lines.map((line) => line.length));
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    current = current === '' ? line : `${current} ${line}`;
    const endsSentence = /[.:;!?]$/u.test(line);
    const short = line.length < longest * 0.6;
    if (endsSentence || short) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}
