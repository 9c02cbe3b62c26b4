/**
 * Archives as an attacker would write them, byte by byte with tar's own
 * header encoder: entries that climb out of the folder, links, and repacked
 * archives whose manifest says something else.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { create, extract, Header } from 'tar';
import type { HeaderData } from 'tar';

export interface RawEntry {
  path: string;
  type?: HeaderData['type'];
  linkpath?: string;
  content?: string | Buffer;
}

/** A tar + gzip file of these entries exactly as given: no path is cleaned. */
export function rawArchive(file: string, entries: readonly RawEntry[]): void {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const content = Buffer.from(entry.content ?? '');
    const header = new Header({ path: entry.path, mode: 0o644, size: entry.type === 'SymbolicLink' || entry.type === 'Link' ? 0 : content.length, mtime: new Date(0), type: entry.type ?? 'File', ...(entry.linkpath ? { linkpath: entry.linkpath } : {}) });
    const block = Buffer.alloc(512);
    header.encode(block, 0);
    blocks.push(block);
    if (entry.type === 'SymbolicLink' || entry.type === 'Link') continue;
    blocks.push(content, Buffer.alloc((512 - (content.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  writeFileSync(file, gzipSync(Buffer.concat(blocks)));
}

/** Unpacks an archive, lets `edit` change the unpacked folder, and packs it again (manifest first). */
export async function repackArchive(source: string, target: string, edit: (folder: string) => void): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'chamber-repack-'));
  try {
    await extract({ file: source, cwd: folder });
    edit(folder);
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { entries: Array<{ path: string }> };
    await create({ gzip: true, file: target, cwd: folder, portable: true }, ['manifest.json', ...manifest.entries.map((entry) => entry.path)]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
