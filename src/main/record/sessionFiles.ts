/**
 * What of a session folder goes into an archive: every regular file, with
 * each `*.sqlite` marked as a database (copied with the backup API). Taken
 * from the folder, not a fixed list, so stores added later come along.
 * Left out: SQLite's side files (the backup holds their content), temporary
 * files an interrupted write left, and anything that is not a regular file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SQLITE_SIDE_FILES } from '../hub/dataFolder';

export interface SessionFile {
  /** Relative to the session folder, with `/`. */
  path: string;
  database: boolean;
}

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$/;

export function sessionFiles(folder: string): SessionFile[] {
  const files: SessionFile[] = [];
  const walk = (relative: string, depth: number) => {
    for (const entry of readdirSync(join(folder, relative), { withFileTypes: true })) {
      if (!NAME.test(entry.name)) continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory() && depth === 0) walk(path, depth + 1);
      if (!entry.isFile() || SQLITE_SIDE_FILES.some((suffix) => entry.name.endsWith(suffix))) continue;
      files.push({ path, database: entry.name.endsWith('.sqlite') });
    }
  };
  walk('', 0);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
