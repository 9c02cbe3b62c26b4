/** The active session's folder of a data folder, as its catalog names it (for tests of a hub in another process). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_FILE } from '../../src/main/hub/catalog/sessionCatalog';
import { sessionFolder } from '../../src/main/hub/dataFolder';
import { sessionCatalogSchema } from '../../src/shared/protocol';

export function activeSessionFolderOf(dataDir: string): string {
  const { activeSessionId } = sessionCatalogSchema.parse(JSON.parse(readFileSync(join(dataDir, CATALOG_FILE), 'utf8')));
  if (activeSessionId === null) throw new Error(`No session is active in ${dataDir}`);
  return sessionFolder(dataDir, activeSessionId);
}
