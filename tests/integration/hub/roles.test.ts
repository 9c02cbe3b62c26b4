/** Every command from every role over a real socket: only the cells COMMAND_ROLES allows succeed. */
import { describe, expect, it } from 'vitest';
import { demoSession } from '../../../src/main/hub/demoSession';
import type { Hub } from '../../../src/main/hub/startHub';
import type { SessionDefinition } from '../../../src/shared/core';
import type { Command, CommandType, Principal, Role, SessionState } from '../../../src/shared/protocol';
import { COMMAND_ROLES, COMMAND_TYPES, DEFAULT_SESSION_SETTINGS, PROTOCOL_VERSION, ROLES } from '../../../src/shared/protocol';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf, useHubForFile } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';
import { resolutionCommand } from '../../helpers/voting';

/** The demo session with a guest, so that every role has a link. */
function demoWithGuest(status: 'open' | 'preparing'): SessionDefinition {
  const demo = demoSession();
  return {
    ...demo,
    status,
    guests: [{ name: 'Trần Quốc Bảo', office: 'Giám đốc Sở Tài chính', role: 'guest' }],
    // A guest may then request the floor to answer, so speech.request from the guest is a valid command.
    settings: { ...DEFAULT_SESSION_SETTINGS, ...demo.settings, guestsMayAnswer: true },
  };
}

let hub: Hub;
useHubForFile(
  (fresh) => {
    hub = fresh;
  },
  { seed: demoWithGuest('open') },
);

/** A second session, still being prepared, for the commands that only a preparing session takes. */
let preparingHub: Hub;
useHubForFile(
  (fresh) => {
    preparingHub = fresh;
  },
  { seed: demoWithGuest('preparing') },
);

/** The commands given to the preparing session; removing a seat is there because the open one has opened votes. */
const ON_PREPARING_HUB: ReadonlySet<CommandType> = new Set<CommandType>([
  'session.update',
  'session.open',
  'sitting.add',
  'sitting.update',
  'sitting.remove',
  'settings.update',
  'roster.import',
  'seat.remove',
]);

/** Opening and ending the session change it for good: each accepted cell gets a hub of its own. */
const ON_OWN_HUB: ReadonlySet<CommandType> = new Set<CommandType>(['session.open', 'session.end']);

/** Runs `check` against the hub the cell needs, starting and stopping a hub of its own when it needs one. */
async function withHubFor(type: CommandType, allowed: boolean, check: (target: Hub) => Promise<void>): Promise<void> {
  if (!(allowed && ON_OWN_HUB.has(type))) return check(ON_PREPARING_HUB.has(type) ? preparingHub : hub);
  const dir = makeDataDir();
  const own = await startTestHub(dir, { seed: demoWithGuest(type === 'session.open' ? 'preparing' : 'open') });
  try {
    await check(own);
  } finally {
    await own.stop();
    removeDataDir(dir);
  }
}

const principalOf: Record<Role, string> = { secretary: 'secretary', chair: 'chair', delegate: 'seat-11', screen: 'screen', guest: 'guest-1' };

const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };
const chair: Principal = { id: 'chair', role: 'chair', seat: null, generation: 1 };

function run(actor: Principal, command: Command): void {
  const result = hub.engine.execute(actor, command);
  if (!result.ok) throw new Error(`setup ${command.type} refused: ${result.message}`);
}

/** Cancels any open vote and prepares a new one, opened when asked. */
function freshVote(kind: 'resolution' | 'hands', open: boolean): void {
  for (const vote of hub.engine.state().votes.filter((candidate) => candidate.status === 'open')) run(chair, { type: 'vote.cancel', voteId: vote.id, reason: 'test setup' });
  run(secretary, resolutionCommand({ kind }));
  const created = hub.engine.state().votes.at(-1);
  if (open && created) run(chair, { type: 'vote.open', voteId: created.id });
}

const seatTwelve: Principal = { id: 'seat-12', role: 'delegate', seat: 12, generation: 1 };
const requesters: Principal[] = [
  { id: principalOf.delegate, role: 'delegate', seat: 11, generation: 1 },
  { id: principalOf.guest, role: 'guest', seat: null, generation: 1 },
];

/** The floor: no request from the delegate and guest under test, or one from each, a request from seat 12, a turn, paused or running. */
function prepareFloor(type: CommandType): void {
  const floor = () => hub.engine.state().floor;
  const requestOf = (principal: Principal) => floor().queue.find((request) => request.principalId === principal.id);
  for (const principal of requesters) {
    const request = requestOf(principal);
    if (type === 'speech.request' && request) run(principal, { type: 'speech.withdraw', requestId: request.id });
    if (type === 'speech.withdraw' && !request) run(principal, { type: 'speech.request', kind: 'answer' });
  }
  if ((type === 'speech.grant' || type === 'speech.reorder') && !requestOf(seatTwelve)) run(seatTwelve, { type: 'speech.request', kind: 'discussion' });
  if (type.startsWith('timer.') || type === 'speech.end') {
    if (!floor().turn) run(chair, { type: 'speech.grantTo', name: 'Giám đốc Sở Tài chính', kind: 'answer' });
    const paused = floor().turn?.timer.pausedAt !== null;
    if (type === 'timer.resume' && !paused) run(chair, { type: 'timer.pause' });
    if (type === 'timer.pause' && paused) run(chair, { type: 'timer.resume' });
  }
}

/** Question time: an open question of the delegate under test to withdraw, and one of seat 12 on "Ngân sách" to call or close. */
function prepareQuestions(type: CommandType): void {
  const openOf = (principal: Principal) => hub.engine.state().questions.find((question) => question.askerPrincipalId === principal.id && question.status === 'registered');
  const delegate = requesters[0];
  if (type === 'question.withdraw' && delegate && !openOf(delegate)) run(delegate, questionRegistration);
  if ((type === 'question.callGroup' || type === 'question.markAnswered' || type === 'question.markWritten') && !openOf(seatTwelve)) run(seatTwelve, questionRegistration);
}
const questionRegistration: Command = { type: 'question.register', text: 'Tiến độ giải ngân vốn đầu tư công?', addressee: 'Giám đốc Sở Tài chính', topic: 'Ngân sách' };

/** Puts the session in a state where the command has something to change. */
function prepare(type: CommandType): void {
  prepareFloor(type);
  prepareQuestions(type);
  if ((type === 'presentation.stop' || type === 'presentation.zoom') && hub.engine.state().presentation === null) {
    const document = lastDocument(hub.engine.state());
    run(secretary, { type: 'presentation.show', documentId: document.id, page: 1, offset: 0 });
  }
  if (type === 'vote.remove' || type === 'vote.open') freshVote('resolution', false);
  // "Tôi có mặt" needs a sitting in progress: the current item's.
  if (type === 'attendance.confirm' && hub.engine.state().currentItemId === null) run(secretary, { type: 'agenda.setCurrent', itemId: hub.engine.state().agenda[0]?.id ?? null });
  if (type === 'vote.cast' || type === 'vote.close' || type === 'vote.cancel') freshVote('resolution', true);
  if (type === 'vote.enterCounts') freshVote('hands', true);
  // Notices and help requests: a fresh notice to acknowledge, and a request to handle from a seat the cells do not use.
  if (type === 'notice.acknowledge') run(secretary, { type: 'notice.send', text: `Thông báo ${Date.now()}` });
  if (type === 'help.resolve' && !hub.engine.state().helpRequests.some((request) => request.resolvedAt === null)) {
    run({ id: 'seat-12', role: 'delegate', seat: 12, generation: 1 }, { type: 'help.request', kind: 'technical' });
  }
  // The minutes: a secret election, not yet opened, to give a counting board.
  if (type === 'vote.countingBoardSet') run(secretary, resolutionCommand({ kind: 'election', secret: true, names: ['Ứng cử viên'] }));
  if (type === 'vote.publish') {
    freshVote('resolution', true);
    const vote = hub.engine.state().votes.at(-1);
    if (vote) run(chair, { type: 'vote.close', voteId: vote.id });
  }
}

/** A command of each type that is valid against the current state and changes it, so only the role decides. */
function validCommand(type: CommandType, state: SessionState, actorId = ''): Command {
  const items = state.agenda;
  const last = items[items.length - 1];
  const other = items.find((item) => item.id !== state.currentItemId);
  switch (type) {
    case 'agenda.add':
      return { type, sittingId: state.sittings[0]?.id ?? '', title: 'Nội dung bổ sung', kind: 'report', presenter: '', notes: '' };
    case 'agenda.update':
      return { type, itemId: last?.id ?? '', changes: { notes: `Ghi chú ${Date.now()}` } };
    case 'agenda.move':
      // The second item up to the top: both are in the first sitting, and a move never leaves its sitting.
      return { type, itemId: items[1]?.id ?? '', toIndex: 0 };
    case 'agenda.remove':
      return { type, itemId: last?.id ?? '' };
    case 'agenda.setCurrent':
      return { type, itemId: other?.id ?? null };
    case 'pairing.reissue':
      return { type, principalId: 'seat-20' };
    case 'document.update':
      return { type, documentId: lastDocument(state).id, title: `Tài liệu ${Date.now()}` };
    case 'document.move': {
      const document = lastDocument(state);
      const siblings = state.documents.filter((other) => other.itemId === document.itemId);
      return { type, documentId: siblings[siblings.length - 1]?.id ?? document.id, toIndex: 0 };
    }
    case 'document.remove':
      return { type, documentId: lastDocument(state).id };
    case 'document.open':
      return { type, documentId: lastDocument(state).id };
    case 'presentation.show': {
      const document = lastDocument(state);
      const page = state.presentation?.documentId === document.id && state.presentation.page === 1 ? 2 : 1;
      return { type, documentId: document.id, page, offset: 0 };
    }
    case 'presentation.stop':
      return { type };
    case 'vote.create':
      return resolutionCommand();
    case 'vote.remove':
    case 'vote.open':
    case 'vote.close':
    case 'vote.publish':
      return { type, voteId: lastVoteId(state) };
    case 'vote.cancel':
      return { type, voteId: lastVoteId(state), reason: 'Sự cố thiết bị' };
    case 'vote.cast':
      return { type, voteId: lastVoteId(state), seat: 11, ballotId: `roles-ballot-${state.votes.length}`, selections: [{ row: 'motion', option: 'for' }] };
    case 'vote.enterCounts':
      return { type, voteId: lastVoteId(state), counts: { for: 20, against: 5, abstain: 1 } };
    case 'settings.setVoteLabels':
      return { type, labels: state.voteLabels.for === 'Đồng ý' ? { for: 'Tán thành', against: 'Không tán thành', abstain: 'Không biểu quyết' } : { for: 'Đồng ý', against: 'Không đồng ý', abstain: 'Phiếu trắng' } };
    case 'session.update':
      return { type, changes: { place: `Hội trường ${Date.now()}` } };
    case 'session.open':
    case 'session.end':
      return { type };
    case 'sitting.add':
      return { type, title: 'Phiên bổ sung', date: '2026-12-10', period: 'morning' };
    case 'sitting.update':
      return { type, sittingId: state.sittings[0]?.id ?? '', changes: { period: 'afternoon' } };
    case 'sitting.remove': {
      // A sitting with no items, as sitting.add leaves one; the refused cells only need a well-formed id.
      const empty = state.sittings.find((sitting) => !state.agenda.some((item) => item.sittingId === sitting.id));
      return { type, sittingId: (empty ?? state.sittings[0])?.id ?? 'no-sitting' };
    }
    case 'settings.update':
      return { type, changes: { allowBallotChange: !state.settings.allowBallotChange } };
    case 'roster.import':
      return {
        type,
        seats: state.seats.map(({ seat, name }) => ({ seat, name, office: `Tổ ${state.seats.length}` })),
        guests: state.guests.map(({ number, name, office, role }) => ({ number, name, office, role })),
      };
    case 'seat.add':
      return { type, seat: { seat: 900 + state.seats.length, name: 'Đại biểu bổ sung', office: '' } };
    case 'seat.update':
      return { type, seat: 12, changes: { office: `Tổ ${state.seats.length}` } };
    case 'seat.remove':
      return { type, seat: state.seats.at(-1)?.seat ?? 1 };
    case 'seat.vacate':
      return { type, seat: 28, at: Date.now(), reason: 'Chuyển công tác' };
    case 'guest.add':
      return { type, guest: { name: 'Khách mời', office: 'Sở Tài chính', role: 'guest' } };
    case 'guest.update':
      return { type, guestId: state.guests[0]?.id ?? 'guest-1', changes: { office: 'UBND tỉnh' } };
    case 'guest.remove':
      return { type, guestId: state.guests.at(-1)?.id ?? 'guest-1' };
    // Notices and help requests.
    case 'notice.send':
      return { type, text: 'Tài liệu bổ sung cho nội dung 5' };
    case 'notice.acknowledge':
      return { type, noticeId: state.notices.at(-1)?.id ?? 'no-notice' };
    case 'help.request':
      return { type, kind: 'technical' };
    case 'help.resolve':
      return { type, requestId: state.helpRequests.find((request) => request.resolvedAt === null)?.id ?? 'no-request' };
    case 'attendance.set': {
      const sittingId = state.sittings[0]?.id ?? '';
      const mark = state.attendance[sittingId]?.['13']?.mark === 'absentUnexcused' ? 'present' : 'absentUnexcused';
      return { type, sittingId, seat: 13, mark };
    }
    case 'attendance.confirm':
      return { type };
    case 'speech.request':
      return { type, kind: 'answer' };
    case 'speech.withdraw':
      return { type, requestId: state.floor.queue.find((request) => request.principalId === actorId)?.id ?? 'no-request' };
    case 'speech.reorder':
      return { type, requestIds: state.floor.queue.map((request) => request.id).reverse() };
    case 'speech.grant':
      return { type, requestId: state.floor.queue.find((request) => request.principalId === seatTwelve.id)?.id ?? 'no-request' };
    case 'speech.grantTo':
      return { type, name: 'Giám đốc Sở Tài chính', kind: 'answer' };
    case 'speech.end':
    case 'timer.pause':
    case 'timer.resume':
      return { type };
    case 'timer.add':
      return { type, seconds: 30 };
    case 'question.register':
      return questionRegistration;
    case 'question.withdraw':
      return { type, questionId: state.questions.find((question) => question.askerPrincipalId === actorId && question.status === 'registered')?.id ?? 'no-question' };
    case 'question.callGroup':
      return { type, topic: 'Ngân sách' };
    case 'question.markAnswered':
    case 'question.markWritten':
      return { type, questionIds: [state.questions.find((question) => question.askerPrincipalId === seatTwelve.id && question.status === 'registered')?.id ?? 'no-question'] };
    case 'screen.setMode':
      return { type, mode: state.screen.mode === 'clock' ? 'auto' : 'clock' };
    case 'screen.setResultHold':
      return { type, seconds: state.screen.resultHoldSeconds === 30 ? 60 : 30 };
    case 'presentation.zoom':
      return { type, region: state.screen.zoom?.x === 0.5 ? { x: 0, y: 0, width: 0.5, height: 0.5 } : { x: 0.5, y: 0, width: 0.5, height: 0.5 } };
    // The minutes.
    case 'minutes.noteSet':
      return { type, itemId: last?.id ?? '', text: `Ghi chép ${Date.now()}` };
    case 'vote.countingBoardSet':
      return { type, voteId: lastVoteId(state), members: [{ name: `Trưởng ban ${Date.now()}`, role: 'head' }] };
  }
}

function lastVoteId(state: SessionState): string {
  const vote = state.votes.at(-1);
  if (!vote) throw new Error('no vote prepared');
  return vote.id;
}

function lastDocument(state: SessionState) {
  const document = state.documents.find((candidate) => candidate.pages > 1 && state.documents.filter((other) => other.itemId === candidate.itemId).length > 1);
  if (!document) throw new Error('The demo session has no item with two documents');
  return document;
}

describe('role checks on every command', () => {
  for (const type of COMMAND_TYPES) {
    for (const role of ROLES) {
      const allowed = COMMAND_ROLES[type].includes(role);
      it(`[A1] ${type} from the ${role}: ${allowed ? 'accepted' : 'refused with forbidden, nothing changes'}`, async () => {
        await withHubFor(type, allowed, async (target) => {
          const client = await TestSocket.connect(socketUrl(target), tokenOf(target, principalOf[role]));
          if (target === hub) prepare(type);
          const seqBefore = target.engine.seq();
          const stateBefore = target.engine.state();
          const reply = await client.command(validCommand(type, stateBefore, principalOf[role]));
          if (allowed) {
            expect(reply.type).toBe('ack');
            // A ballot is stored apart from the log: it is acknowledged without an event.
            if (type !== 'vote.cast') expect(target.engine.seq()).toBeGreaterThan(seqBefore);
          } else {
            expect(reply).toMatchObject({ type: 'error', code: 'forbidden' });
            expect(target.engine.seq()).toBe(seqBefore);
            expect(target.engine.state()).toBe(stateBefore);
          }
          client.close();
        });
      });
    }
  }
});

describe('role checks for sockets without a role', () => {
  for (const type of COMMAND_TYPES) {
    it(`[A2] ${type} from an unpaired socket (no hello): refused with hello_required, nothing changes`, async () => {
      const socket = await TestSocket.open(socketUrl(hub));
      prepare(type);
      const seqBefore = hub.engine.seq();
      const reply = await socket.command(validCommand(type, hub.engine.state()));
      expect(reply).toMatchObject({ type: 'error', code: 'hello_required' });
      expect(hub.engine.seq()).toBe(seqBefore);
      socket.close();
    });

    it(`[A4] ${type} from a device whose link was revoked: it cannot say hello, and its command is refused`, async () => {
      const revokedToken = tokenOf(hub, 'seat-29');
      run(secretary, { type: 'pairing.reissue', principalId: 'seat-29' });
      const socket = await TestSocket.open(socketUrl(hub));
      socket.send({ type: 'hello', token: revokedToken, lastSeq: 0, protocolVersion: PROTOCOL_VERSION });
      await socket.waitFor((m) => m.type === 'error' && m.code === 'revoked', 'the revoked error');
      expect(await socket.waitForClose()).toBe(4003);
      const retry = await TestSocket.open(socketUrl(hub));
      prepare(type);
      const seqBefore = hub.engine.seq();
      expect(await retry.command(validCommand(type, hub.engine.state()))).toMatchObject({ type: 'error', code: 'hello_required' });
      expect(hub.engine.seq()).toBe(seqBefore);
      retry.close();
    });
  }
});
