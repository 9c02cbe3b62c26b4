/**
 * The minutes never hold up the hall: a real hub makes the PDF minutes of a
 * session of more than 20,000 events (page turns and attendance, committed
 * through the engine) while the secretary's socket keeps sending commands, one
 * after the other. Acknowledgements keep arriving after the minutes job has
 * started and before the file is answered: the hub's own thread is free while
 * the minutes worker builds and lays out the document. Ordering only, no timings.
 */
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../src/shared/protocol';
import { minutesWorkerPool } from '../../../src/main/minutes/worker/minutesWorkerPool';
import { extractPdfText } from '../../../src/main/minutes/verify/extractPdfText';
import type { Hub } from '../../../src/main/hub/startHub';
import { httpGet } from '../../helpers/httpGet';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

const EVENTS = 20_000;
const PER_COMMIT = 1_000;
/** Commands sent one after the other, each acknowledged, while the minutes are being made (the socket allows 20 a second). */
const ACKS_WHILE_MAKING = 10;

/** Page turns and attendance marks in commits of a thousand, as a long session's log is mostly made of. */
function growLog(hub: Hub): void {
  const state = hub.engine.state();
  const document = state.documents[0];
  const sittingId = state.sittings[0]?.id;
  const seats = state.seats.length;
  if (!document || !sittingId || seats === 0) throw new Error('the demo session has no document, sitting or seat');
  for (let made = 0; made < EVENTS; made += PER_COMMIT) {
    hub.engine.executeOwn((_state, now) => Array.from({ length: PER_COMMIT }, (_, index): DomainEvent => {
      const n = made + index;
      if (n % 2 === 0) return { type: 'presentation.shown', presentation: { documentId: document.id, page: 1 + ((n / 2) % document.pages), offset: 0 } };
      const seat = 1 + (n % seats);
      const excused = n % 3 === 0;
      return { type: 'attendance.set', sittingId, seat, entry: { mark: excused ? 'absentExcused' : 'present', reason: excused ? 'Đi công tác' : null, lateAt: null, leftAt: null, source: 'secretary', at: now } };
    }));
  }
}

describe('the minutes of a long session', () => {
  it('are made off the hub thread: commands are acknowledged after the minutes job started and before the file arrives', async () => {
    const dir = makeDataDir();
    const hub = await startTestHub(dir);
    try {
      // A first file of the short session: the worker is started (and, run from the sources, its script
      // bundled) and then waits, as in a hub that made minutes before; the next job reads the log at once.
      const first = await httpGet(`${hub.localUrl}/api/minutes?format=docx`, { headers: { Authorization: `Bearer ${hub.consoleToken}` } });
      expect(first.status).toBe(200);
      growLog(hub);
      const seq = hub.engine.seq();
      expect(seq).toBeGreaterThan(EVENTS);
      const sittingId = hub.engine.state().sittings[0]?.id ?? '';
      const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));

      let answered = false;
      const minutes = httpGet(`${hub.localUrl}/api/minutes?format=pdf`, { headers: { Authorization: `Bearer ${hub.consoleToken}` } }).finally(() => {
        answered = true;
      });
      // Polled: no message announces that the worker took the job.
      while (!minutesWorkerPool.load().running && !answered) await new Promise((resolve) => setTimeout(resolve, 2));
      expect(answered).toBe(false);

      // One command after the other (within the socket's rate limit), each sent once the last is acknowledged.
      const acksBeforeTheFile: boolean[] = [];
      for (let round = 0; round < ACKS_WHILE_MAKING; round += 1) {
        const reply = await secretary.command({ type: 'attendance.set', sittingId, seat: 1, mark: round % 2 === 0 ? 'absentUnexcused' : 'present' });
        expect(reply.type).toBe('ack');
        acksBeforeTheFile.push(!answered);
      }
      expect(acksBeforeTheFile).toEqual(Array.from({ length: ACKS_WHILE_MAKING }, () => true));
      expect(minutesWorkerPool.load().running).toBe(true);

      const answer = await minutes;
      expect(answer.status).toBe(200);
      expect(answer.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // The file was made from the log as it was before the last of those commands: they were acknowledged while it was made.
      const madeFrom = Number((await extractPdfText(answer.body)).replace(/\s+/g, ' ').match(/Lập từ (\d+) sự kiện/)?.[1]);
      expect(madeFrom).toBeGreaterThanOrEqual(seq);
      expect(madeFrom).toBeLessThan(seq + ACKS_WHILE_MAKING);
      secretary.close();
    } finally {
      await hub.stop();
      removeDataDir(dir);
    }
  }, 180_000);
});
