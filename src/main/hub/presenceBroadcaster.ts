/**
 * Tells staff who is online and which delegates follow the presenter. Changes are coalesced for a short moment, so a
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
    const presence = serialize({ type: 'presence', online: registry.onlinePrincipalIds() });
    const following = serialize({ type: 'following', following: registry.followingPrincipalIds() });
    for (const client of registry.inAudience('staff')) {
      client.send(presence);
      client.send(following);
    }
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
