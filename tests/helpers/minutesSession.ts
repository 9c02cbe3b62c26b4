/**
 * The scripted session of the minutes' golden tests, played through a real
 * hub on a real data folder, over real sockets, on a clock the script sets:
 * - seven seats (a chair, a vice-chair, a name with `<`, `&` and an emoji,
 *   a name typed with combining marks), a guest and a secretary;
 * - attendance with every kind: absent with a reason, without one, late,
 *   left early;
 * - three speakers on a report, a question answered and rebutted, and a
 *   question left for a written answer; the secretary's notes;
 * - two open votes (one passed, one not), a secret election with one
 *   candidate and its counting board, and a cancelled vote;
 * - a second sitting that closes the session, and a third never held.
 * The data folder stays on disk (catalog, hub key, session log and ballots)
 * for the CLI and the verifier.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, sessionFolder } from '../../src/main/hub/dataFolder';
import { startHub } from '../../src/main/hub/startHub';
import type { Hub } from '../../src/main/hub/startHub';
import { readMinutesEvents } from '../../src/main/minutes/readMinutesEvents';
import type { MinutesSourceEvent } from '../../src/main/minutes/buildMinutes';
import type { SessionDefinition } from '../../src/shared/core';
import type { AttendanceMark, Command, HubMessage } from '../../src/shared/protocol';
import { ELECTED_OPTION } from '../../src/shared/protocol';
import { makePdf } from './testPdfs';
import { socketUrl, tokenOf } from './testHub';
import { TestSocket } from './testSocket';

/** 1 July 2026 in Vietnam's time (UTC+7), as ms since the epoch. */
export function vietnamTime(hours: number, minutes: number, seconds = 0, day = 1): number {
  return Date.UTC(2026, 6, day, hours - 7, minutes, seconds);
}

/** The name typed with combining marks (NFD); the minutes print it precomposed (NFC). */
export const COMBINING_NAME = 'Hoàng Văn Giang'.normalize('NFD');
export const MARKUP_NAME = 'Phạm Thị <Dung> & Đào 🌸';

export const MINUTES_DOCUMENT_FILE = 'to-trinh-du-toan.pdf';

export function minutesDefinition(): SessionDefinition {
  return {
    title: 'Kỳ họp thứ Ba',
    council: 'Hội đồng nhân dân phường Ba Đình',
    place: 'Hội trường Ủy ban nhân dân phường',
    councilLevel: 'commune',
    term: 'khóa I, nhiệm kỳ 2026–2031',
    number: 3,
    kind: 'regular',
    startDate: '2026-07-01',
    endDate: '2026-07-02',
    status: 'open',
    sittings: [
      { key: 's1', title: 'Phiên thứ nhất', date: '2026-07-01', period: 'morning' },
      { key: 's2', title: 'Phiên bế mạc', date: '2026-07-01', period: 'afternoon' },
      { key: 's3', title: 'Phiên dự phòng', date: '2026-07-02', period: 'morning' },
    ],
    seats: [
      { seat: 1, name: 'Nguyễn Văn An', office: 'Chủ tịch HĐND phường', role: 'chair' },
      { seat: 2, name: 'Trần Thị Bình', office: 'Phó Chủ tịch HĐND phường', role: 'viceChair' },
      { seat: 3, name: 'Lê Văn Cường', office: '' },
      { seat: 4, name: MARKUP_NAME, office: '' },
      { seat: 5, name: COMBINING_NAME, office: '' },
      { seat: 6, name: 'Vũ Thị Hoa', office: '' },
      { seat: 7, name: 'Đặng Văn Khoa', office: '' },
    ],
    guests: [
      { number: 1, name: 'Ngô Văn Lâm', office: 'Chủ tịch UBND phường', role: 'guest' },
      { number: 2, name: 'Bùi Thị Mai', office: 'Chánh Văn phòng HĐND và UBND phường', role: 'secretary' },
    ],
    agenda: [
      { sitting: 's1', title: 'Khai mạc kỳ họp', kind: 'opening', presenter: 'Nguyễn Văn An', notes: '' },
      {
        sitting: 's1',
        title: 'Tờ trình về dự toán ngân sách năm 2027',
        kind: 'report',
        presenter: 'Ngô Văn Lâm, Chủ tịch UBND phường',
        notes: '',
        documents: [{ file: MINUTES_DOCUMENT_FILE, title: 'Tờ trình số 45/TTr-UBND' }],
      },
      { sitting: 's1', title: 'Chất vấn và trả lời chất vấn', kind: 'questions', presenter: '', notes: '' },
      { sitting: 's1', title: 'Biểu quyết thông qua các nghị quyết', kind: 'voting', presenter: '', notes: '' },
      { sitting: 's2', title: 'Bế mạc kỳ họp', kind: 'closing', presenter: 'Nguyễn Văn An', notes: '' },
      { sitting: 's3', title: 'Nội dung dự phòng', kind: 'discussion', presenter: '', notes: '' },
    ],
  };
}

type StaffCommand = Command;

class Script {
  now = vietnamTime(7, 30);
  readonly sockets = new Map<string, TestSocket>();

  constructor(readonly hub: Hub) {}

  at(hours: number, minutes: number, seconds = 0): void {
    this.now = vietnamTime(hours, minutes, seconds);
  }

  async connect(principalId: string): Promise<TestSocket> {
    const socket = await TestSocket.connect(socketUrl(this.hub), tokenOf(this.hub, principalId));
    this.sockets.set(principalId, socket);
    return socket;
  }

  async as(principalId: string, command: StaffCommand): Promise<void> {
    const socket = this.sockets.get(principalId) ?? (await this.connect(principalId));
    const reply: HubMessage = await socket.command(command);
    if (reply.type !== 'ack') throw new Error(`${principalId} ${command.type} refused: ${JSON.stringify(reply)}`);
  }

  item(title: string): string {
    const item = this.hub.engine.state().agenda.find((candidate) => candidate.title === title);
    if (!item) throw new Error(`No item ${title}`);
    return item.id;
  }

  sitting(title: string): string {
    const sitting = this.hub.engine.state().sittings.find((candidate) => candidate.title === title);
    if (!sitting) throw new Error(`No sitting ${title}`);
    return sitting.id;
  }

  lastVoteId(): string {
    const vote = this.hub.engine.state().votes.at(-1);
    if (!vote) throw new Error('No vote');
    return vote.id;
  }

  queueHead(): string {
    const request = this.hub.engine.state().floor.queue[0];
    if (!request) throw new Error('The queue is empty');
    return request.id;
  }

  async mark(sittingId: string, seat: number, mark: AttendanceMark, extra: { reason?: string; lateAt?: number; leftAt?: number } = {}): Promise<void> {
    await this.as('secretary', { type: 'attendance.set', sittingId, seat, mark, ...extra });
  }

  /** The chair gives the floor from the queue's head at `from`, and ends the turn at `to`. */
  async turnFromQueue(from: [number, number, number?], to: [number, number, number?]): Promise<void> {
    this.at(...from);
    await this.as('chair', { type: 'speech.grant', requestId: this.queueHead() });
    this.at(...to);
    await this.as('chair', { type: 'speech.end' });
  }

  async turnTo(name: string, kind: 'report' | 'answer', from: [number, number, number?], to: [number, number, number?], questionId?: string): Promise<void> {
    this.at(...from);
    await this.as('chair', { type: 'speech.grantTo', name, kind, ...(questionId ? { questionId } : {}) });
    this.at(...to);
    await this.as('chair', { type: 'speech.end' });
  }

  async castMotion(voteId: string, seat: number, option: 'for' | 'against' | 'abstain'): Promise<void> {
    await this.as(`seat-${seat}`, { type: 'vote.cast', voteId, seat, ballotId: `b-${voteId}-${seat}`, selections: [{ row: 'motion', option }] });
  }

  closeAll(): void {
    for (const socket of this.sockets.values()) socket.close();
    this.sockets.clear();
  }
}

async function motion(script: Script, itemId: string, title: string): Promise<string> {
  await script.as('secretary', {
    type: 'vote.create',
    itemId,
    title,
    kind: 'resolution',
    secret: false,
    names: [],
    maxChoices: 1,
    rule: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' },
    quorum: { numerator: 2, denominator: 3, mode: 'warn' },
    durationSeconds: null,
    allowChange: false,
  });
  return script.lastVoteId();
}

async function play(script: Script): Promise<void> {
  const s1 = script.sitting('Phiên thứ nhất');
  const s2 = script.sitting('Phiên bế mạc');
  const opening = script.item('Khai mạc kỳ họp');
  const report = script.item('Tờ trình về dự toán ngân sách năm 2027');
  const questions = script.item('Chất vấn và trả lời chất vấn');
  const voting = script.item('Biểu quyết thông qua các nghị quyết');
  const closing = script.item('Bế mạc kỳ họp');

  // Before the sitting: the roll of those already in the hall.
  script.at(7, 45);
  for (const seat of [1, 2, 3]) await script.mark(s1, seat, 'present');
  await script.mark(s1, 6, 'absentExcused', { reason: 'Đi công tác' });
  await script.mark(s1, 7, 'absentUnexcused');

  // 8:00 the sitting opens.
  script.at(8, 0);
  await script.as('secretary', { type: 'agenda.setCurrent', itemId: opening });
  await script.turnTo('Nguyễn Văn An', 'report', [8, 1], [8, 6, 30]);
  script.at(8, 10);
  await script.mark(s1, 5, 'present');
  script.at(8, 20);
  await script.mark(s1, 4, 'present', { lateAt: vietnamTime(8, 20) });
  for (const seat of [3, 4, 5]) await script.connect(`seat-${seat}`);

  // The report and three speakers.
  script.at(8, 25);
  await script.as('secretary', { type: 'agenda.setCurrent', itemId: report });
  await script.turnTo('Ngô Văn Lâm', 'report', [8, 26], [8, 38, 15]);
  script.at(8, 38, 30);
  await script.as('seat-3', { type: 'speech.request', kind: 'discussion' });
  script.at(8, 38, 40);
  await script.as('seat-4', { type: 'speech.request', kind: 'discussion' });
  await script.turnFromQueue([8, 39], [8, 44, 5]);
  await script.turnFromQueue([8, 44, 30], [8, 48]);
  script.at(8, 49);
  await script.as('secretary', { type: 'minutes.noteSet', itemId: report, text: 'Đại biểu thống nhất với tờ trình.\nĐề nghị bổ sung số liệu thu ngân sách quý II.' });

  // Question time: a question answered and rebutted, another left for a written answer.
  script.at(8, 50);
  await script.as('secretary', { type: 'agenda.setCurrent', itemId: questions });
  script.at(8, 51);
  await script.as('seat-5', { type: 'question.register', text: 'Vì sao giải ngân vốn đầu tư công chậm?', addressee: 'Chủ tịch UBND phường', topic: 'Ngân sách' });
  const budget = script.hub.engine.state().questions.at(-1)?.id ?? '';
  script.at(8, 52);
  await script.as('seat-3', { type: 'question.register', text: 'Khi nào hoàn thành tuyến đường Hoàng Hoa Thám?', addressee: 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị', topic: 'Giao thông' });
  const roads = script.hub.engine.state().questions.at(-1)?.id ?? '';
  script.at(8, 53);
  await script.as('chair', { type: 'question.callGroup', topic: 'Ngân sách' });
  await script.turnFromQueue([8, 54], [8, 55, 10]);
  await script.turnTo('Ngô Văn Lâm', 'answer', [8, 55, 30], [8, 58, 45], budget);
  script.at(8, 59);
  await script.as('seat-5', { type: 'speech.request', kind: 'rebuttal' });
  await script.turnFromQueue([8, 59, 10], [9, 0, 10]);
  script.at(9, 1);
  await script.as('chair', { type: 'question.markAnswered', questionIds: [budget] });
  await script.as('secretary', { type: 'question.markWritten', questionIds: [roads] });

  // The votes.
  script.at(9, 5);
  await script.as('secretary', { type: 'agenda.setCurrent', itemId: voting });
  const budgetVote = await motion(script, voting, 'Nghị quyết về dự toán ngân sách năm 2027');
  script.at(9, 6);
  await script.as('chair', { type: 'vote.open', voteId: budgetVote });
  for (const seat of [1, 2]) await script.connect(`seat-${seat}`);
  for (const seat of [1, 2, 3, 4]) await script.castMotion(budgetVote, seat, 'for');
  await script.castMotion(budgetVote, 5, 'abstain');
  script.at(9, 8);
  await script.as('chair', { type: 'vote.close', voteId: budgetVote });
  await script.as('chair', { type: 'vote.publish', voteId: budgetVote });

  const investmentVote = await motion(script, voting, 'Nghị quyết về kế hoạch đầu tư công năm 2027');
  script.at(9, 10);
  await script.as('chair', { type: 'vote.open', voteId: investmentVote });
  for (const seat of [1, 2]) await script.castMotion(investmentVote, seat, 'for');
  for (const seat of [3, 4]) await script.castMotion(investmentVote, seat, 'against');
  script.at(9, 12);
  await script.as('chair', { type: 'vote.close', voteId: investmentVote });
  await script.as('chair', { type: 'vote.publish', voteId: investmentVote });

  script.at(9, 15);
  await script.as('secretary', {
    type: 'vote.create',
    itemId: voting,
    title: 'Bầu Phó Chủ tịch Hội đồng nhân dân phường',
    kind: 'election',
    secret: true,
    names: ['Trần Thị Bình'],
    maxChoices: 1,
    rule: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' },
    quorum: { numerator: 2, denominator: 3, mode: 'warn' },
    durationSeconds: null,
    allowChange: false,
  });
  const election = script.lastVoteId();
  const candidateRow = script.hub.engine.state().votes.at(-1)?.rows[0]?.id ?? '';
  await script.as('chair', {
    type: 'vote.countingBoardSet',
    voteId: election,
    members: [
      { name: 'Lê Văn Cường', role: 'head' },
      { name: MARKUP_NAME, role: 'member' },
    ],
  });
  script.at(9, 16);
  await script.as('chair', { type: 'vote.open', voteId: election });
  for (const seat of [1, 3, 4, 5]) {
    await script.as(`seat-${seat}`, { type: 'vote.cast', voteId: election, seat, ballotId: `b-${election}-${seat}`, selections: [{ row: candidateRow, option: ELECTED_OPTION }] });
  }
  await script.as('seat-2', { type: 'vote.cast', voteId: election, seat: 2, ballotId: `b-${election}-2`, selections: [] });
  script.at(9, 20);
  await script.as('chair', { type: 'vote.close', voteId: election });
  await script.as('chair', { type: 'vote.publish', voteId: election });

  const cancelled = await motion(script, voting, 'Nghị quyết về tổ chức kỳ họp chuyên đề');
  script.at(9, 25);
  await script.as('chair', { type: 'vote.open', voteId: cancelled });
  script.at(9, 26);
  await script.as('chair', { type: 'vote.cancel', voteId: cancelled, reason: 'Dự thảo có sai sót, cần biểu quyết lại' });
  script.at(9, 28);
  await script.as('secretary', { type: 'minutes.noteSet', itemId: voting, text: 'Chủ tọa đề nghị Thường trực HĐND hoàn thiện dự thảo và trình lại.' });

  // A delegate leaves early; the sitting ends.
  script.at(10, 30);
  await script.mark(s1, 5, 'present', { leftAt: vietnamTime(10, 30) });
  script.closeAll();

  // The afternoon: the closing sitting, then the session ends.
  script.at(14, 0);
  await script.as('secretary', { type: 'agenda.setCurrent', itemId: closing });
  for (const seat of [1, 2, 3, 4]) await script.mark(s2, seat, 'present');
  await script.mark(s2, 5, 'absentExcused', { reason: 'Ốm' });
  await script.mark(s2, 6, 'absentExcused', { reason: 'Đi công tác' });
  await script.mark(s2, 7, 'absentUnexcused');
  await script.turnTo('Nguyễn Văn An', 'report', [14, 2], [14, 12, 40]);
  script.at(14, 15);
  await script.as('secretary', { type: 'session.end' });
  script.closeAll();
}

export interface MinutesSession {
  events: MinutesSourceEvent[];
  dataDir: string;
  sessionId: string;
}

/** Plays the scripted session into the data folder `dir` (created if missing) and reads its log back. */
export async function scriptMinutesSession(dir: string): Promise<MinutesSession> {
  mkdirSync(dir, { recursive: true });
  const documentsDir = join(dir, 'definition-documents');
  mkdirSync(documentsDir, { recursive: true });
  writeFileSync(join(documentsDir, MINUTES_DOCUMENT_FILE), await makePdf(3, 'Du toan'));
  const script = { current: null as Script | null };
  const hub = await startHub({
    dataDir: dir,
    port: 0,
    host: '127.0.0.1',
    transport: { kind: 'insecure-http' },
    rendererDir: join(import.meta.dirname, '..', '..', 'out', 'renderer'),
    seed: minutesDefinition(),
    seedDocumentsDir: documentsDir,
    sessionNow: () => script.current?.now ?? vietnamTime(7, 30),
  });
  let sessionId: string;
  try {
    script.current = new Script(hub);
    const id = hub.activeSessionId();
    if (id === null) throw new Error('The hub has no active session');
    sessionId = id;
    await play(script.current);
  } finally {
    script.current?.closeAll();
    await hub.stop();
  }
  return { events: readMinutesEvents(join(sessionFolder(dir, sessionId), DATABASE_FILE)), dataDir: dir, sessionId };
}
