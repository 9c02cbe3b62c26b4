/**
 * `restored.json` in a session folder: the session came from an archive. It
 * is written before the folder is moved into `sessions/`, so a catalog that
 * is rebuilt from the folders (after a crash, or a damaged catalog.json)
 * still knows the session for a restored, read-only one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurably } from '../hub/store/durableFiles';

export const RESTORED_FILE = 'restored.json';

export interface RestoredMarker {
  restoredAt: number;
  archiveCreatedAt: number;
  chamberVersion: string;
  finalHash: string;
}

export function writeRestoredMarker(sessionFolder: string, marker: RestoredMarker): void {
  writeFileDurably(join(sessionFolder, RESTORED_FILE), `${JSON.stringify(marker, null, 2)}\n`);
}

export function isRestoredSession(sessionFolder: string): boolean {
  return existsSync(join(sessionFolder, RESTORED_FILE));
}
