/**
 * Asks the hub for a document's text index (`GET /documents/<sha256>/text`).
 * 202 means the hub is still making it: ask again after Retry-After.
 */

export type TextIndexAnswer =
  | { status: 'ready'; pages: string[] }
  | { status: 'pending'; retryAfterMs: number }
  | { status: 'unavailable' };

const DEFAULT_RETRY_MS = 3000;

export async function fetchTextIndex(hubBaseUrl: string, token: string, sha256: string): Promise<TextIndexAnswer> {
  const response = await fetch(`${hubBaseUrl}/documents/${sha256}/text`, { headers: { Authorization: `Bearer ${token}` } });
  if (response.status === 202) {
    await response.body?.cancel();
    const seconds = Number(response.headers.get('Retry-After'));
    return { status: 'pending', retryAfterMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_RETRY_MS };
  }
  if (response.status === 422) return { status: 'unavailable' };
  if (!response.ok) throw new Error(`The text of ${sha256} answered ${response.status}`);
  const body: unknown = await response.json();
  if (!isTextIndex(body)) throw new Error(`The text of ${sha256} is not a text index`);
  return { status: 'ready', pages: body.pages };
}

function isTextIndex(body: unknown): body is { pages: string[] } {
  if (typeof body !== 'object' || body === null) return false;
  const pages = (body as { pages?: unknown }).pages;
  return Array.isArray(pages) && pages.every((page) => typeof page === 'string');
}
