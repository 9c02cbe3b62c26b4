/**
 * minutes: the minutes of a two-day session of about 20,000 events, built
 * from the log and laid out as DOCX and as PDF (the "Xuất biên bản" button's
 * work on the hub). The log is the scripted session of the minutes' golden
 * tests (tests/helpers/minutesSession.ts) grown to a long session: its
 * discussion turn repeated 150 times and its first open vote 60 times (fresh
 * ids each), and 20,000 in all with the routine events a long session is
 * mostly made of (the current item moving). Median of three runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMinutes } from '../../../src/main/minutes/buildMinutes';
import type { MinutesSourceEvent } from '../../../src/main/minutes/buildMinutes';
import { readMinutesEvents } from '../../../src/main/minutes/readMinutesEvents';
import { renderDocx } from '../../../src/main/minutes/render/renderDocx';
import { renderPdf } from '../../../src/main/minutes/render/renderPdf';
import { openSqliteEventLog } from '../../../src/main/hub/store/sqliteEventLog';
import type { DomainEvent } from '../../../src/shared/protocol';
import { domainEventSchema } from '../../../src/shared/protocol';
import { scriptMinutesSession } from '../../helpers/minutesSession';
import type { Benchmark } from '../benchResult';
import { quantile, round } from '../benchResult';

const EVENTS = 20_000;
const SPEECH_COPIES = 150;
const VOTE_COPIES = 60;
const RUNS = 3;

export const minutesBenchmark: Benchmark = {
  name: 'minutes',
  async run({ log }) {
    const dir = mkdtempSync(join(tmpdir(), 'chamber-minutes-bench-'));
    try {
      const script = await scriptMinutesSession(join(dir, 'script'));
      const databaseFile = join(dir, 'long.sqlite');
      writeLongSession(script.events, databaseFile);
      const events = readMinutesEvents(databaseFile);
      log(`minutes: a log of ${events.length} events written`);
      const scope = { kind: 'minutes' as const, sessionId: script.sessionId, sitting: null };
      const times: number[] = [];
      const cpuTimes: number[] = [];
      const parts = { build: [] as number[], docx: [] as number[], pdf: [] as number[] };
      let pages = '';
      for (let run = 0; run < RUNS; run += 1) {
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        const doc = buildMinutes(events, scope);
        const built = performance.now();
        const docx = await renderDocx(doc);
        const docxDone = performance.now();
        const pdf = await renderPdf(doc);
        const finished = performance.now();
        times.push(finished - started);
        const cpu = process.cpuUsage(cpuBefore);
        cpuTimes.push((cpu.user + cpu.system) / 1000);
        parts.build.push(built - started);
        parts.docx.push(docxDone - built);
        parts.pdf.push(finished - docxDone);
        pages = `${doc.blocks.length} blocks, DOCX ${Math.round(docx.byteLength / 1024)} KB, PDF ${Math.round(pdf.byteLength / 1024)} KB`;
      }
      const median = (values: number[]) => Math.round(quantile(values, 0.5));
      // On a shared machine the wall time follows the load; the process's own CPU time says what the work costs.
      pages += `; build ${median(parts.build)} ms, DOCX ${median(parts.docx)} ms, PDF ${median(parts.pdf)} ms; CPU ${median(cpuTimes)} ms; load average ${loadavg()[0]?.toFixed(1)}`;
      return {
        rows: [{ name: 'minutes', n: events.length, metric: 'ms', value: round(quantile(times, 0.5)), goal: '< 3000' }],
        notes: [`build + DOCX + PDF of the whole session, median of ${RUNS} runs (${pages})`],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** The scripted session grown to EVENTS events, written to a fresh log with each event's own time. */
function writeLongSession(script: readonly MinutesSourceEvent[], databaseFile: string): void {
  const speech = script.filter((stored) => stored.event.type === 'speech.granted' && stored.event.turn.kind === 'discussion').slice(0, 1);
  const firstVoteId = script.find((stored) => stored.event.type === 'vote.created')?.event;
  const voteId = firstVoteId?.type === 'vote.created' ? firstVoteId.vote.id : '';
  const turnId = speech[0]?.event.type === 'speech.granted' ? speech[0].event.turn.id : '';
  const turn = script.filter((stored) => JSON.stringify(stored.event).includes(`"${turnId}"`));
  const vote = script.filter((stored) => JSON.stringify(stored.event).includes(`"${voteId}"`));
  const copies = (group: readonly MinutesSourceEvent[], id: string, count: number) =>
    Array.from({ length: count }, (_, copy) => group.map((stored) => ({ at: stored.at, event: domainEventSchema.parse(JSON.parse(JSON.stringify(stored.event).replaceAll(`"${id}"`, `"${id}c${copy}"`))) }))).flat();
  const voteAt = script.findIndex((stored) => stored.event.type === 'vote.created');
  const before = script.slice(0, voteAt).map(({ at, event }) => ({ at, event }));
  const after = script.slice(voteAt).map(({ at, event }) => ({ at, event }));
  const items = [...new Set(script.flatMap((stored) => (stored.event.type === 'agenda.currentSet' && stored.event.itemId ? [stored.event.itemId] : [])))];
  const content = [...before, ...copies(turn, turnId, SPEECH_COPIES), ...copies(vote, voteId, VOTE_COPIES), ...after];
  const lastBefore = before.at(-1)?.at ?? 0;
  const routine = Array.from({ length: Math.max(0, EVENTS - content.length) }, (_, index): { at: number; event: DomainEvent } => ({ at: lastBefore, event: { type: 'agenda.currentSet', itemId: items[index % items.length] ?? null } }));
  const all = [...before, ...routine, ...copies(turn, turnId, SPEECH_COPIES), ...copies(vote, voteId, VOTE_COPIES), ...after];
  const eventLog = openSqliteEventLog(databaseFile);
  try {
    let batch: DomainEvent[] = [];
    let batchAt = all[0]?.at ?? 0;
    for (const { at, event } of all) {
      if (at !== batchAt && batch.length > 0) {
        eventLog.append(batch, batchAt);
        batch = [];
      }
      batchAt = at;
      batch.push(event);
    }
    if (batch.length > 0) eventLog.append(batch, batchAt);
  } finally {
    eventLog.close();
  }
}
