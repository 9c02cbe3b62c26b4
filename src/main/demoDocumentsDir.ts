import { join } from 'node:path';

/** The demo session's PDFs in a checkout: resources/demo/documents, two levels above out/main. */
export function demoDocumentsDir(entryDir: string): string {
  return join(entryDir, '..', '..', 'resources', 'demo', 'documents');
}
