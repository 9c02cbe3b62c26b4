/** Question time over real sockets: a group is called, answered and rebutted, and the rest go to written answers. */
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import type { Command, HubMessage } from '../../../src/shared/protocol';
import { socketUrl, tokenOf, useFreshHub } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

let hub: Hub;
useFreshHub((fresh) => {
  hub = fresh;
});

function acked(reply: HubMessage): void {
  if (reply.type !== 'ack') throw new Error(`expected an ack, got ${JSON.stringify(reply)}`);
}

/** Registers a question from the delegate's socket and returns its id, as the hub assigned it. */
async function ask(socket: TestSocket, topic: string, addressee: string, text: string): Promise<string> {
  acked(await socket.command({ type: 'question.register', text, addressee, topic }));
  const question = hub.engine.state().questions.at(-1);
  if (!question) throw new Error('no question registered');
  return question.id;
}

/** Waits until every socket has applied every event the hub committed. */
async function caughtUp(sockets: readonly TestSocket[]): Promise<void> {
  for (const socket of sockets) await socket.until(() => (socket.seq === hub.engine.seq() ? true : undefined), 'the socket to catch up');
}

describe('question time over real sockets', () => {
  it('[Q3] [Q4] [Q5] [Q6] [Q7] a group runs with an answer and the rebuttal first, and the questions not reached are marked for a written answer', async () => {
    const url = socketUrl(hub);
    const chair = await TestSocket.connect(url, tokenOf(hub, 'chair'));
    const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
    const screen = await TestSocket.connect(url, tokenOf(hub, 'screen'));
    const [asker, second, other, bystander] = await Promise.all([3, 4, 5, 6].map((seat) => TestSocket.connect(url, tokenOf(hub, `seat-${seat}`))));
    if (!asker || !second || !other || !bystander) throw new Error('sockets missing');
    const seqBefore = hub.engine.seq();

    acked(await bystander.command({ type: 'speech.request', kind: 'discussion' }));
    const budget = await ask(asker, 'Ngân sách', 'Giám đốc Sở Tài chính', 'Vì sao giải ngân vốn đầu tư công chậm?');
    const budgetTwo = await ask(second, 'ngân  sách', 'Giám đốc Sở Kế hoạch và Đầu tư', 'Khi nào hoàn thành dự án đường vành đai?');
    const land = await ask(other, 'Đất đai', 'Giám đốc Sở Nông nghiệp và Môi trường', 'Tiến độ cấp giấy chứng nhận quyền sử dụng đất?');

    acked(await chair.command({ type: 'question.callGroup', topic: 'Ngân sách' }));
    await caughtUp([asker, second, other, bystander, screen]);
    for (const client of [asker, bystander, screen]) {
      expect(client.state.floor.queue.map((request) => [request.principalId, request.kind, request.questionId])).toEqual([
        ['seat-3', 'question', budget],
        ['seat-4', 'question', budgetTwo],
        ['seat-6', 'discussion', null],
      ]);
    }

    // The asker puts the question, then the answerer replies in a turn of their own.
    acked(await chair.command({ type: 'speech.grant', requestId: chair.state.floor.queue[0]?.id ?? '' }));
    acked(await chair.command({ type: 'speech.grantTo', name: 'Giám đốc Sở Tài chính', kind: 'answer', questionId: budget }));
    // The asker rebuts: the request goes first, ahead of the next question.
    acked(await asker.command({ type: 'speech.request', kind: 'rebuttal' }));
    await caughtUp([chair]);
    expect(chair.state.floor.queue.map((request) => [request.principalId, request.kind, request.questionId])).toEqual([
      ['seat-3', 'rebuttal', budget],
      ['seat-4', 'question', budgetTwo],
      ['seat-6', 'discussion', null],
    ]);
    acked(await chair.command({ type: 'speech.grant', requestId: chair.state.floor.queue[0]?.id ?? '' }));
    acked(await chair.command({ type: 'speech.end' }));
    acked(await chair.command({ type: 'question.markAnswered', questionIds: [budget] }));

    // Time runs out: what was not reached is answered in writing.
    acked(await secretary.command({ type: 'question.markWritten', questionIds: [budgetTwo, land] }));
    await caughtUp([asker, second, other, screen, chair]);

    const statuses = Object.fromEntries(hub.engine.state().questions.map((question) => [question.id, question.status]));
    expect(statuses).toEqual({ [budget]: 'answered', [budgetTwo]: 'writtenAnswer', [land]: 'writtenAnswer' });
    for (const client of [asker, second, other, screen]) expect(client.state.questions).toEqual(hub.engine.state().questions);
    expect(hub.engine.state().floor.queue.map((request) => request.principalId)).toEqual(['seat-6']);
    expect(hub.engine.state().floor.turns.map((turn) => [turn.kind, turn.name, turn.questionId])).toEqual([
      ['question', expect.any(String), budget],
      ['answer', 'Giám đốc Sở Tài chính', budget],
      ['rebuttal', expect.any(String), budget],
    ]);

    // The log holds every step, each with the hub's time, for the minutes.
    const logged = hub.engine.eventsAfter(seqBefore) ?? [];
    expect(logged.map((stored) => stored.event.type)).toEqual([
      'speech.requested',
      'question.registered',
      'question.registered',
      'question.registered',
      'question.groupCalled',
      'speech.granted',
      'speech.ended',
      'speech.granted',
      'speech.requested',
      'speech.reordered',
      'speech.ended',
      'speech.granted',
      'speech.ended',
      'question.answered',
      'question.markedWritten',
    ]);
    expect(logged.every((stored) => stored.at > 0)).toBe(true);
  });

  it("[Q2] [Q3] [Q6] refuses withdrawing another delegate's question, calling an empty group, unknown ids, a delegate closing a question and an over-long text, with an error reply and no change", async () => {
    const url = socketUrl(hub);
    const chair = await TestSocket.connect(url, tokenOf(hub, 'chair'));
    const asker = await TestSocket.connect(url, tokenOf(hub, 'seat-3'));
    const other = await TestSocket.connect(url, tokenOf(hub, 'seat-4'));
    const question = await ask(asker, 'Y tế', 'Giám đốc Sở Y tế', 'Tình trạng thiếu thuốc tại bệnh viện tuyến xã?');
    const seq = hub.engine.seq();
    const refusals: Array<[TestSocket, Command, string]> = [
      [other, { type: 'question.withdraw', questionId: question }, 'not_your_question'],
      [chair, { type: 'question.callGroup', topic: 'Giao thông' }, 'empty_group'],
      [chair, { type: 'question.markAnswered', questionIds: ['no-such-question'] }, 'unknown_question'],
      [other, { type: 'question.markWritten', questionIds: [question] }, 'forbidden'],
    ];
    for (const [socket, command, code] of refusals) expect(await socket.command(command)).toMatchObject({ type: 'error', code });
    expect(await other.command({ type: 'question.register', text: 'x'.repeat(1001), addressee: 'Sở Y tế', topic: 'Y tế' })).toMatchObject({ type: 'error' });
    expect(hub.engine.seq()).toBe(seq);
    expect(hub.engine.state().questions.map((one) => one.status)).toEqual(['registered']);
  });
});
