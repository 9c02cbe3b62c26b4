/**
 * The text indexer on its own, with a real document store on disk: a PDF it
 * cannot read, one that takes longer than the time limit, or one whose page
 * content inflates past the memory bound, is marked failed (and not retried),
 * and nothing is written for it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDocumentStore } from '../../../../../src/main/hub/documents/documentStore';
import type { DocumentStore } from '../../../../../src/main/hub/documents/documentStore';
import { createTextIndexer, indexFileName } from '../../../../../src/main/hub/documents/textIndex/textIndexer';
import type { TextIndexer } from '../../../../../src/main/hub/documents/textIndex/textIndexer';
import { silentLogger } from '../../../../../src/main/hub/logger';
import { makeContentStreamBombPdf } from '../../../../helpers/handWrittenPdfs';
import { makeDataDir, removeDataDir } from '../../../../helpers/testHub';
import { makePdf } from '../../../../helpers/testPdfs';

let dir: string;
let store: DocumentStore;
let indexer: TextIndexer | null = null;

beforeEach(() => {
  dir = makeDataDir();
  store = openDocumentStore(dir);
});

afterEach(async () => {
  await indexer?.stop();
  indexer = null;
  removeDataDir(dir);
});

async function stored(bytes: Uint8Array): Promise<string> {
  const staged = await store.stageBytes(bytes);
  await staged.keep();
  return staged.sha256;
}

describe('the text indexer', () => {
  it('marks a stored file that pdf.js cannot read as failed, writes nothing and does not try it again', async () => {
    const sha256 = await stored(new TextEncoder().encode('%PDF-1.7\nnot really a pdf\n%%EOF\n'));
    indexer = createTextIndexer({ store, log: silentLogger });
    indexer.ensure(sha256);
    expect(indexer.status(sha256)).toBe('pending');
    await indexer.idle();
    expect(indexer.status(sha256)).toBe('failed');
    expect(existsSync(join(store.dir, indexFileName(sha256)))).toBe(false);
    indexer.ensure(sha256, true);
    expect(indexer.status(sha256)).toBe('failed');
  });

  it('stops a document that takes longer than the time limit and marks it failed', async () => {
    const sha256 = await stored(await makePdf(300, 'Slow'));
    indexer = createTextIndexer({ store, log: silentLogger, timeLimitMs: 1 });
    indexer.ensure(sha256);
    await indexer.idle();
    expect(indexer.status(sha256)).toBe('failed');
    expect(readdirSync(store.dir).filter((name) => name.includes('.text.json'))).toEqual([]);
  });

  // Stored as if it had been accepted before the import check decoded page contents.
  it("marks a stored page content bomb (2 GiB of spaces) failed once, writing nothing, with the process's resident memory staying under its start plus 1.25 GiB", async () => {
    const sha256 = await stored(makeContentStreamBombPdf(2));
    const residentAtStart = process.memoryUsage.rss();
    let peak = residentAtStart;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage.rss());
    }, 10);
    try {
      indexer = createTextIndexer({ store, log: silentLogger });
      indexer.ensure(sha256);
      await indexer.idle();
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage.rss());
    expect(indexer.status(sha256)).toBe('failed');
    expect(readdirSync(store.dir).filter((name) => name.includes('.text.json'))).toEqual([]);
    expect(peak - residentAtStart).toBeLessThan(1.25 * 1024 * 1024 * 1024);
    indexer.ensure(sha256, true);
    expect(indexer.status(sha256)).toBe('failed');
  }, 120_000);

  it('puts a document asked for first ahead of those queued before it, and answers unknown for one not stored', async () => {
    const first = await stored(await makePdf(20, 'First'));
    const second = await stored(await makePdf(20, 'Second'));
    const urgent = await stored(await makePdf(2, 'Urgent'));
    indexer = createTextIndexer({ store, log: silentLogger });
    const made: string[] = [];
    indexer.ensure(first);
    indexer.ensure(second);
    indexer.ensure(urgent, true);
    while (made.length < 3) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      for (const sha of [first, second, urgent]) if (!made.includes(sha) && indexer.status(sha) === 'ready') made.push(sha);
    }
    expect(made.indexOf(urgent)).toBeLessThan(made.indexOf(second));
    expect(indexer.status('f'.repeat(64))).toBe('unknown');
    expect(indexer.isStored('f'.repeat(64))).toBe(false);
  });
});
