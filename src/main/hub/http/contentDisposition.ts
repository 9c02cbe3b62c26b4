/**
 * `Content-Disposition: attachment` for a file name in Vietnamese: an ASCII
 * fallback for old clients (diacritics dropped, đ as d) and the real name in
 * RFC 5987's `filename*=UTF-8''…`, which every current browser prefers.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 ._-]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
