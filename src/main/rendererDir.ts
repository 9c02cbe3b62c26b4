import { join } from 'node:path';

/** The built apps sit in out/renderer, beside out/main where the bundled entries run from. */
export function rendererDir(entryDir: string): string {
  return join(entryDir, '..', 'renderer');
}
