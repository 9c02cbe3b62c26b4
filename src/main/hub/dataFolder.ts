/** Files in a hub's data folder. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DATABASE_FILE = 'chamber.sqlite';
/** Ballots, kept apart from the event log (see voting/ballotStore.ts). */
export const BALLOTS_FILE = 'ballots.sqlite';
export const HUB_INFO_FILE = 'hub.json';

/** What a running hub writes down so that commands run beside it can build the same links. */
export interface HubInfo {
  publicUrl: string;
  port: number;
}

export function ensureDataFolder(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
}

export function writeHubInfo(dataDir: string, info: HubInfo): void {
  writeFileSync(join(dataDir, HUB_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
}

export function readHubInfo(dataDir: string): HubInfo | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dataDir, HUB_INFO_FILE), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { publicUrl, port } = parsed as Record<string, unknown>;
    return typeof publicUrl === 'string' && typeof port === 'number' ? { publicUrl, port } : null;
  } catch {
    return null;
  }
}
