/**
 * Downloads the text index of every document of the session, alongside the
 * PDFs, one at a time: held ones are read from the device, the rest asked of
 * the hub; an index still being made is asked for again after Retry-After, and
 * a failed request after a growing pause (the hub may be out of reach).
 */
import { useEffect } from 'react';
import type { SessionConnection } from '../../client/connectSession';
import { useSessionView } from '../../ui/useSessionView';
import { fetchTextIndex } from './fetchTextIndex';
import { keepTextIndex, loadHeldTextIndex, markTextStatus } from './textIndexStore';

const MAX_RETRY_MS = 30_000;

export function useTextIndexSync(connection: SessionConnection): void {
  const documents = useSessionView(connection.store, (view) => view.state.documents);
  const online = useSessionView(connection.store, (view) => view.status === 'online');
  const wanted = [...new Set(documents.map((document) => document.sha256))].join(',');

  useEffect(() => {
    let live = true;
    let running = false;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const failures = new Map<string, number>();
    const queue = wanted === '' ? [] : wanted.split(',');

    const later = (sha256: string, delay: number) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        queue.push(sha256);
        void pump();
      }, delay);
      timers.add(timer);
    };

    const fetchOne = async (sha256: string): Promise<void> => {
      if (await loadHeldTextIndex(sha256)) return;
      try {
        const answer = await fetchTextIndex(connection.httpBase, connection.token, sha256);
        if (answer.status === 'ready') await keepTextIndex(sha256, answer.pages);
        else markTextStatus(sha256, answer.status);
        if (answer.status === 'pending' && live) later(sha256, answer.retryAfterMs);
      } catch {
        const attempt = (failures.get(sha256) ?? 0) + 1;
        failures.set(sha256, attempt);
        markTextStatus(sha256, 'pending');
        if (live) later(sha256, Math.min(MAX_RETRY_MS, 1000 * 2 ** attempt));
      }
    };

    const pump = async (): Promise<void> => {
      if (running) return;
      running = true;
      try {
        while (live) {
          const sha256 = queue.shift();
          if (sha256 === undefined) break;
          await fetchOne(sha256);
        }
      } finally {
        running = false;
      }
    };
    void pump();
    return () => {
      live = false;
      for (const timer of timers) clearTimeout(timer);
    };
  }, [connection, wanted, online]);
}
