import type { Command, SessionState } from '../../../../src/shared/protocol';
import { voteCreateCommand } from './fixtures';

/**
 * One valid example of every command against the small session (see fixtures): its
 * items, its documents doc-a…doc-c, a vote v1 and a show of hands vh, a guest guest-1,
 * an empty sitting `sitting-empty`, a notice n1 to every iPad and a help request h1
 * where a state sets them up.
 */
export function commandExamples(state: SessionState): Record<Command['type'], Command> {
  const [first, second] = state.agenda;
  const [sittingOne] = state.sittings;
  if (!first || !second || !sittingOne) throw new Error('fixture is missing items');
  return {
    'agenda.add': { type: 'agenda.add', sittingId: sittingOne.id, title: 'Mới', kind: 'report', presenter: '', notes: '' },
    'agenda.update': { type: 'agenda.update', itemId: first.id, changes: { title: 'Khai mạc kỳ họp' } },
    'agenda.move': { type: 'agenda.move', itemId: first.id, toIndex: 1 },
    'agenda.remove': { type: 'agenda.remove', itemId: first.id },
    'agenda.setCurrent': { type: 'agenda.setCurrent', itemId: second.id },
    'pairing.reissue': { type: 'pairing.reissue', principalId: 'seat-2' },
    'document.update': { type: 'document.update', documentId: 'doc-a', title: 'Tờ trình (bản sửa)' },
    'document.move': { type: 'document.move', documentId: 'doc-b', toIndex: 0 },
    'document.remove': { type: 'document.remove', documentId: 'doc-c' },
    'document.open': { type: 'document.open', documentId: 'doc-a' },
    'presentation.show': { type: 'presentation.show', documentId: 'doc-a', page: 5, offset: 0.25 },
    'presentation.stop': { type: 'presentation.stop' },
    'vote.create': voteCreateCommand(),
    'vote.remove': { type: 'vote.remove', voteId: 'v1' },
    'vote.open': { type: 'vote.open', voteId: 'v1' },
    'vote.cast': { type: 'vote.cast', voteId: 'v1', seat: 1, ballotId: 'ballot-0001', selections: [{ row: 'motion', option: 'for' }] },
    'vote.enterCounts': { type: 'vote.enterCounts', voteId: 'vh', counts: { for: 2, against: 0, abstain: 0 } },
    'vote.close': { type: 'vote.close', voteId: 'v1' },
    'vote.publish': { type: 'vote.publish', voteId: 'v1' },
    'vote.cancel': { type: 'vote.cancel', voteId: 'v1', reason: 'Thiết bị của một tổ đại biểu gặp sự cố' },
    'settings.setVoteLabels': { type: 'settings.setVoteLabels', labels: { for: 'Đồng ý', against: 'Không đồng ý', abstain: 'Phiếu trắng' } },
    'session.update': { type: 'session.update', changes: { place: 'Hội trường B' } },
    'session.open': { type: 'session.open' },
    'session.end': { type: 'session.end' },
    'sitting.add': { type: 'sitting.add', title: 'Phiên thứ ba', date: '2026-12-10', period: 'morning' },
    'sitting.update': { type: 'sitting.update', sittingId: sittingOne.id, changes: { period: 'afternoon' } },
    'sitting.remove': { type: 'sitting.remove', sittingId: 'sitting-empty' },
    'settings.update': { type: 'settings.update', changes: { allowBallotChange: true } },
    'roster.import': { type: 'roster.import', seats: [{ seat: 1, name: 'Nguyễn Văn An', office: '' }], guests: [] },
    'seat.add': { type: 'seat.add', seat: { seat: 40, name: 'Lê Thị Hoa', office: '' } },
    'seat.update': { type: 'seat.update', seat: 1, changes: { group: 'Tổ 1' } },
    'seat.remove': { type: 'seat.remove', seat: 2 },
    'seat.vacate': { type: 'seat.vacate', seat: 2, at: 1000, reason: 'Chuyển công tác' },
    'guest.add': { type: 'guest.add', guest: { name: 'Trần Văn Khách', office: 'Sở Tài chính', role: 'guest' } },
    'guest.update': { type: 'guest.update', guestId: 'guest-1', changes: { office: 'UBND tỉnh' } },
    'guest.remove': { type: 'guest.remove', guestId: 'guest-1' },
    // Notices and help requests.
    'notice.send': { type: 'notice.send', text: 'Tài liệu bổ sung cho nội dung 5', seat: null },
    'notice.acknowledge': { type: 'notice.acknowledge', noticeId: 'n1' },
    'help.request': { type: 'help.request', kind: 'technical' },
    'help.resolve': { type: 'help.resolve', requestId: 'h1' },
    'attendance.set': { type: 'attendance.set', sittingId: sittingOne.id, seat: 2, mark: 'absentExcused', reason: 'Đi công tác' },
    'attendance.confirm': { type: 'attendance.confirm' },
    // The floor: `req-1` is a request in the queue, where a state sets one up.
    'speech.request': { type: 'speech.request', kind: 'answer' },
    'speech.withdraw': { type: 'speech.withdraw', requestId: 'req-1' },
    'speech.reorder': { type: 'speech.reorder', requestIds: state.floor.queue.map((request) => request.id).reverse() },
    'speech.grant': { type: 'speech.grant', requestId: 'req-1' },
    'speech.grantTo': { type: 'speech.grantTo', name: 'Giám đốc Sở Tài chính', kind: 'answer' },
    'speech.end': { type: 'speech.end' },
    'timer.pause': { type: 'timer.pause' },
    'timer.resume': { type: 'timer.resume' },
    'timer.add': { type: 'timer.add', seconds: 60 },
    // Question time: a question q-1 by seat 1 on the topic "Đất đai" where a state sets it up.
    'question.register': { type: 'question.register', text: 'Tiến độ giải phóng mặt bằng?', addressee: 'Giám đốc Sở Tài chính', topic: 'Đất đai' },
    'question.withdraw': { type: 'question.withdraw', questionId: 'q-1' },
    'question.callGroup': { type: 'question.callGroup', topic: 'Đất đai' },
    'question.markAnswered': { type: 'question.markAnswered', questionIds: ['q-1'] },
    'question.markWritten': { type: 'question.markWritten', questionIds: ['q-1'] },
    // The big screen: a zoom needs a presented page, where a state sets one up.
    'screen.setMode': { type: 'screen.setMode', mode: 'attendance' },
    'screen.setResultHold': { type: 'screen.setResultHold', seconds: 30 },
    'presentation.zoom': { type: 'presentation.zoom', region: { x: 0.5, y: 0, width: 0.5, height: 0.5 } },
    // The minutes: a counting board needs a secret election, where a state sets one up.
    'minutes.noteSet': { type: 'minutes.noteSet', itemId: first.id, text: 'Ghi chép của thư ký' },
    'vote.countingBoardSet': { type: 'vote.countingBoardSet', voteId: 'v1', members: [{ name: 'Trưởng ban', role: 'head' }] },
  };
}
