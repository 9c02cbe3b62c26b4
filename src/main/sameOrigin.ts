/**
 * The console window may only ever show pages of its own hub. Navigation,
 * redirect and frame guards all ask this one question; a URL that does not
 * parse is never the hub's.
 */
export function isSameOrigin(url: string, hubUrl: string | undefined): boolean {
  if (hubUrl === undefined) return false;
  try {
    return new URL(url).origin === new URL(hubUrl).origin;
  } catch {
    return false;
  }
}
