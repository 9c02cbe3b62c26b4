/**
 * What `npm run serve` prints once the hub runs: where to open the console on
 * this computer, every LAN address, and where iPads install the certificate.
 * Never the secretary's link: whoever reads the terminal, or a screenshot of
 * it, would hold full control; it lives in the console and `chamber pairing`.
 * In the lobby (no session yet) there is no session to control: the console
 * link then carries the console token, so a browser on another computer can
 * open the session list and create the first session.
 */
import { join } from 'node:path';
import { isLoopbackAddress } from './hub/http/requestGuard';
import type { Hub } from './hub/startHub';
import { tlsFolder, TLS_FILES } from './hub/tls/hubTls';
import type { ChainProblem } from '../shared/protocol';
import { describeBrokenChain } from './record/brokenChain';

export const INSECURE_HTTP_WARNING = `
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
!! WARNING: --insecure-http. The hub serves plain HTTP and WS, unencrypted.   !!
!! Anyone on the hall Wi-Fi can read every pairing token and ballot, and      !!
!! change ballots on their way to the hub. For tests and special setups only. !!
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
`;

type HubAddresses = Pick<Hub, 'localUrl' | 'publicUrl' | 'lanUrls' | 'setupUrl' | 'ca' | 'secure' | 'consoleToken'> & {
  activeSessionId(): string | null;
  // The record: sessions refused for a broken chain, and a session open read-only.
  brokenChains?(): ChainProblem[];
  activeReadOnly?(): boolean;
};

export function describeRunningHub(hub: HubAddresses, dataDir: string): string {
  const lan = hub.lanUrls.filter((url) => !isLoopbackAddress(new URL(url).hostname.replace(/^\[|\]$/g, '')));
  const lines = [
    '',
    'Chamber hub is running.',
    `  Data folder:    ${dataDir}`,
    `  Console:        ${hub.localUrl}/console/   (this computer only)`,
    ...(hub.activeSessionId() === null ? [`  Session list:   ${hub.localUrl}/console/#t=${hub.consoleToken}   (no session yet: create one here)`] : []),
    ...(lan.length === 0
      ? ['  LAN addresses:  none (the hub is reachable from this computer only)']
      : lan.map((url, index) => `${index === 0 ? '  LAN addresses:' : '               '}  ${url}`)),
  ];
  if (hub.setupUrl) lines.push(`  iPad setup:     ${hub.setupUrl}   (open once on each iPad to trust the hub's certificate)`);
  lines.push(`  Delegates:      ${hub.publicUrl}/delegate/   (pair each iPad with its seat's QR code)`);
  lines.push(`  Big screen:     ${hub.localUrl}/screen/   (this computer only)`);
  if (hub.ca) lines.push(`  Hub CA:         ${join(tlsFolder(dataDir), TLS_FILES.caCert)}`, `                  SHA-256 ${hub.ca.fingerprint256}`);
  else if (hub.secure) lines.push('  Certificate:    the administrator\'s (--tls-cert)');
  lines.push(`  Secretary:      the console's pairing panel, or: npm run chamber -- pairing --data "${dataDir}"`);
  // The record: a broken chain is said where the operator looks first.
  for (const problem of hub.brokenChains?.() ?? []) lines.push('', `  !! ${describeBrokenChain(problem)}`);
  if (hub.activeReadOnly?.()) lines.push('', '  The active session is open read-only (--read-only, or a restored archive): every command is refused.');
  lines.push('Press Ctrl-C to stop.');
  return lines.join('\n');
}
