import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOG_FILE, LOG_FOLDER, rotatingFileLogger } from '../../../../src/main/hub/rotatingFileLogger';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'chamber-log-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const at = () => new Date('2026-11-29T08:00:00.000Z');
const logFile = (suffix = '') => join(dataDir, LOG_FOLDER, `${LOG_FILE}${suffix}`);
const line = (n: number) => `message number ${String(n).padStart(3, '0')}`;

describe('the rotating log file', () => {
  it('writes lines with their time, level and fields to logs/hub.log in the data folder', () => {
    const log = rotatingFileLogger(dataDir, { now: at });
    log.info('hub listening', { port: 4800 });
    log.warn('the chosen address is gone');
    expect(readFileSync(logFile(), 'utf8')).toBe(
      '2026-11-29T08:00:00.000Z info hub listening {"port":4800}\n2026-11-29T08:00:00.000Z warn the chosen address is gone\n',
    );
  });

  it('moves the file to hub.log.1 before a line would take it past its limit, and keeps only the newest files', () => {
    const lineBytes = Buffer.byteLength(`2026-11-29T08:00:00.000Z info ${line(0)}\n`);
    const log = rotatingFileLogger(dataDir, { now: at, maxBytes: lineBytes * 2, keep: 2 });
    for (let n = 1; n <= 7; n += 1) log.info(line(n));
    // Two lines per file: 7 in hub.log, 5-6 in .1, 3-4 in .2, and 1-2 dropped.
    expect(readdirSync(join(dataDir, LOG_FOLDER)).sort()).toEqual([LOG_FILE, `${LOG_FILE}.1`, `${LOG_FILE}.2`]);
    const messages = (suffix: string) => readFileSync(logFile(suffix), 'utf8').trim().split('\n').map((text) => text.split(' info ')[1]);
    expect(messages('')).toEqual([line(7)]);
    expect(messages('.1')).toEqual([line(5), line(6)]);
    expect(messages('.2')).toEqual([line(3), line(4)]);
    expect(existsSync(logFile('.3'))).toBe(false);
  });

  it('continues an existing log after a restart and rotates it by its size on disk', () => {
    const lineBytes = Buffer.byteLength(`2026-11-29T08:00:00.000Z info ${line(0)}\n`);
    rotatingFileLogger(dataDir, { now: at, maxBytes: lineBytes * 2 }).info(line(1));
    const restarted = rotatingFileLogger(dataDir, { now: at, maxBytes: lineBytes * 2 });
    restarted.info(line(2));
    expect(existsSync(logFile('.1'))).toBe(false);
    restarted.info(line(3));
    expect(readFileSync(logFile('.1'), 'utf8')).toContain(line(2));
    expect(readFileSync(logFile(), 'utf8')).toContain(line(3));
  });

  it('never throws when the log cannot be written', () => {
    const log = rotatingFileLogger(join(dataDir, 'missing', '\0bad'), { now: at });
    expect(() => log.error('still running')).not.toThrow();
  });
});
