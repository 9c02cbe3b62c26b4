/**
 * The secretary's notes not yet stored by the hub, kept in this browser's
 * storage per session and item, so that nothing typed is lost when a save
 * fails, the tab changes or the page reloads. A draft is dropped once the hub
 * has acknowledged exactly that text.
 */
const PREFIX = 'chamber.minutesNoteDraft';

function key(sessionId: string, itemId: string): string {
  return `${PREFIX}.${sessionId}.${itemId}`;
}

export function readNoteDraft(sessionId: string, itemId: string): string | null {
  try {
    return localStorage.getItem(key(sessionId, itemId));
  } catch {
    return null;
  }
}

export function keepNoteDraft(sessionId: string, itemId: string, text: string): void {
  try {
    localStorage.setItem(key(sessionId, itemId), text);
  } catch {
    // Storage full or refused: the draft still lives in the page until it is saved.
  }
}

export function dropNoteDraft(sessionId: string, itemId: string, savedText: string): void {
  try {
    if (localStorage.getItem(key(sessionId, itemId)) === savedText) localStorage.removeItem(key(sessionId, itemId));
  } catch {
    // Nothing to drop.
  }
}
