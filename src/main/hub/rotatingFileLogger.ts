/**
 * The hub's log in its data folder: `logs/hub.log`, moved to `hub.log.1` when
 * it reaches its size limit (the older ones to `.2`, `.3`…, the oldest
 * dropped), so that a week of session days never fills the disk. Lines are
 * the same as the console's. Writing is synchronous: a line is on disk before
 * a crash that follows it. A log that cannot be written never stops the hub.
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from './logger';
import { logLine } from './logger';

export const LOG_FOLDER = 'logs';
export const LOG_FILE = 'hub.log';
export const DEFAULT_LOG_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_LOG_KEEP = 5;

export interface RotatingLogOptions {
  /** The size at which the file is rotated. */
  maxBytes?: number;
  /** How many rotated files are kept beside the current one. */
  keep?: number;
  now?: () => Date;
}

export function rotatingFileLogger(dataDir: string, options: RotatingLogOptions = {}): Logger {
  const folder = join(dataDir, LOG_FOLDER);
  const file = join(folder, LOG_FILE);
  const maxBytes = options.maxBytes ?? DEFAULT_LOG_MAX_BYTES;
  const keep = options.keep ?? DEFAULT_LOG_KEEP;
  const now = options.now ?? (() => new Date());
  let size: number | null = null;

  const write = (level: string, message: string, fields?: Record<string, unknown>) => {
    const line = `${logLine(now(), level, message, fields)}\n`;
    const bytes = Buffer.byteLength(line);
    try {
      if (size === null) {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        size = currentSize(file);
      }
      if (size > 0 && size + bytes > maxBytes) {
        rotate(file, keep);
        size = 0;
      }
      appendFileSync(file, line, { mode: 0o600 });
      size += bytes;
    } catch {
      // A full or read-only disk: the console still has the line, and the hub goes on.
      size = null;
    }
  };
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

function currentSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** hub.log.(keep) is dropped, each hub.log.n becomes hub.log.(n+1), hub.log becomes hub.log.1. */
function rotate(file: string, keep: number): void {
  rmSync(`${file}.${keep}`, { force: true });
  for (let index = keep - 1; index >= 1; index -= 1) {
    try {
      renameSync(`${file}.${index}`, `${file}.${index + 1}`);
    } catch {
      /* that one does not exist yet */
    }
  }
  if (keep >= 1) renameSync(file, `${file}.1`);
  else rmSync(file, { force: true });
}
