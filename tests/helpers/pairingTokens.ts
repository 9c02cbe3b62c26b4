import { pairingCommand } from '../../src/main/cli/pairingCommand';

/** Every principal's current token in a data folder ('secretary', 'chair', 'screen', 'seat-N'), read with the chamber command. */
export function pairingTokens(dataDir: string, baseUrl: string): Map<string, string> {
  const lines: string[] = [];
  const code = pairingCommand(['--data', dataDir, '--format', 'json', '--base-url', baseUrl], { out: (line) => lines.push(line), err: (line) => lines.push(line) });
  if (code !== 0) throw new Error(`chamber pairing failed: ${lines.join('\n')}`);
  const links = JSON.parse(lines.join('\n')) as Array<{ seat: number | null; role: string; token: string }>;
  return new Map(links.map((link) => [link.seat === null ? link.role : `seat-${link.seat}`, link.token]));
}
