import type { AppName } from './pairingToken';
import { fetchLocalToken, takeTokenFromLocation } from './pairingToken';

/**
 * The token for a staff page: from its link or storage, else (on the hub
 * computer only) from the hub itself, so the console opens with nothing to type.
 */
export async function bootToken(app: Extract<AppName, 'console' | 'screen'>): Promise<string | null> {
  return takeTokenFromLocation(app) ?? (await fetchLocalToken(app === 'console' ? 'secretary' : 'screen'));
}
