/**
 * What the secretary is told about the iPad setup page: with the hub's own CA,
 * an iPad must install that CA once (from the plain-HTTP setup page) before its
 * pairing link opens without a certificate warning. With plain HTTP or an
 * administrator's certificate there is nothing to install, so nothing is said.
 */
import type { PairingLink, PairingLinksMessage } from '../../../shared/protocol';
import type { HubCa } from '../tls/hubTls';

export interface PairingSetup {
  setupUrl: string;
  caFingerprint: string;
}

/** The setup facts to pass on, or null when the hub has no setup page or no CA of its own. */
export function pairingSetup(setupUrl: string | null, ca: HubCa | null): PairingSetup | null {
  if (setupUrl === null || ca === null) return null;
  return { setupUrl, caFingerprint: ca.fingerprint256 };
}

/** The `pairingLinks` message for the secretary: the links, with the setup facts when there are any. */
export function pairingLinksMessage(links: PairingLink[], setup: PairingSetup | null): PairingLinksMessage {
  return setup ? { type: 'pairingLinks', links, setupUrl: setup.setupUrl, caFingerprint: setup.caFingerprint } : { type: 'pairingLinks', links };
}
