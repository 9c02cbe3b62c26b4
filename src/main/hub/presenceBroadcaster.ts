/**
 * Tells staff who is online. Changes are coalesced for a short moment, so a
 * hall of iPads waking up at once costs one message per staff client, not one
 * per iPad.
 */
import type { ClientRegistry } from './ws/clientRegistry';
import { serialize } from './ws/fanOut';

export interface PresenceBroadcaster {
  changed(): void;
  stop(): void;
}

export function createPresenceBroadcaster(registry: ClientRegistry, delayMs = 100): PresenceBroadcaster {
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    timer = null;
    const text = serialize({ type: 'presence', online: registry.onlinePrincipalIds() });
    for (const client of registry.inAudience('staff')) client.send(text);
  };
  return {
    changed() {
      timer ??= setTimeout(flush, delayMs);
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
