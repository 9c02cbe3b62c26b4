/**
 * The key a topic or an addressee is grouped by: the same words typed with
 * other spacing or capitals ("Đất đai", " đất  đai ") fall in one group.
 */
export function groupKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}
