import { moveItem } from '../../../shared/core';
import type { SpeechRequest } from '../../../shared/protocol';

/** The queue's ids with one request moved to `toIndex`: the order a `speech.reorder` sends. */
export function queueOrderWithMove(queue: readonly SpeechRequest[], requestId: string, toIndex: number): string[] | null {
  const from = queue.findIndex((request) => request.id === requestId);
  if (from < 0 || from === toIndex) return null;
  return moveItem(
    queue.map((request) => request.id),
    from,
    toIndex,
  );
}
