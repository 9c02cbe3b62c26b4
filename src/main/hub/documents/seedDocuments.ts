/**
 * Attaches the documents a session definition names (the demo session's sample
 * PDFs) to the freshly created agenda, through the same checks as an upload.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SessionDefinition } from '../../../shared/core';
import type { Principal } from '../../../shared/protocol';
import type { Logger } from '../logger';
import type { SessionEngine } from '../sessionEngine';
import type { DocumentStore } from './documentStore';
import { attachStaged } from './importDocumentFile';

export async function seedDocuments(
  engine: SessionEngine,
  store: DocumentStore,
  definition: SessionDefinition,
  documentsDir: string,
  log: Logger,
): Promise<void> {
  const secretary: Principal | undefined = engine.state().principals.secretary;
  if (!secretary) return;
  const agenda = engine.state().agenda;
  for (const [index, entry] of definition.agenda.entries()) {
    const item = agenda[index];
    if (!item) continue;
    for (const document of entry.documents ?? []) {
      let bytes: Buffer;
      try {
        bytes = await readFile(join(documentsDir, document.file));
      } catch (error) {
        log.warn('a demo document is missing', { file: document.file, error: String(error) });
        continue;
      }
      const result = await attachStaged(engine, secretary, await store.stageBytes(bytes), { itemId: item.id, title: document.title, fileName: document.file });
      if (!result.ok) log.warn('a demo document was not attached', { file: document.file, reason: result.message });
    }
  }
}
