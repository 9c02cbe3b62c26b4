import { describe, expect, it } from 'vitest';
import type { Command, SessionState } from '../../../../../src/shared/protocol';
import { MAX_QUESTIONS_PER_DELEGATE, MAX_QUEUE_LENGTH } from '../../../../../src/shared/protocol';
import { chair, delegate, FloorDriver, guest, NOW, openSession, secretary } from '../floor/floorFixtures';
import type { Actor } from '../floor/floorFixtures';

function register(topic: string, addressee = 'Giám đốc Sở Tài chính', text = `Câu hỏi về ${topic}`): Command {
  return { type: 'question.register', text, addressee, topic };
}

/** Registers a question as the actor and returns its id. */
function ask(driver: FloorDriver, actor: Actor, topic: string, addressee?: string): string {
  const [event] = driver.give(actor, register(topic, addressee));
  if (event?.type !== 'question.registered') throw new Error('no question registered');
  return event.question.id;
}

function statuses(state: SessionState) {
  return state.questions.map((question) => `${question.id}:${question.status}`);
}

function queueOf(state: SessionState) {
  return state.floor.queue.map((request) => `${request.principalId}:${request.kind}:${request.questionId ?? '-'}`);
}

describe('question.register', () => {
  it("[Q1] records the delegate's question with their seat, the current item, the hub time and the status registered", () => {
    const driver = new FloorDriver(openSession());
    driver.give(delegate(2), register('Đất đai', 'Giám đốc Sở Tài nguyên', 'Tiến độ cấp giấy chứng nhận?'));
    expect(driver.state.questions).toEqual([
      {
        id: expect.any(String),
        askerPrincipalId: 'seat-2',
        askerSeat: 2,
        text: 'Tiến độ cấp giấy chứng nhận?',
        addressee: 'Giám đốc Sở Tài nguyên',
        topic: 'Đất đai',
        itemId: driver.state.currentItemId,
        status: 'registered',
        registeredAt: NOW,
      },
    ]);
  });

  it('[Q1] is accepted before the sitting, while the session is being prepared', () => {
    const state = openSession();
    const preparing = { ...state, session: state.session && { ...state.session, status: 'preparing' as const } };
    const driver = new FloorDriver(preparing);
    driver.give(delegate(1), register('Đất đai'));
    expect(driver.state.questions).toHaveLength(1);
  });

  it('[Q1] refuses a guest with forbidden, and changes nothing', () => {
    const driver = new FloorDriver(openSession());
    expect(driver.decide(guest, register('Đất đai'))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(driver.state.questions).toEqual([]);
  });

  it('[Q1] refuses the chair and the secretary: only delegates register questions', () => {
    const driver = new FloorDriver(openSession());
    expect(driver.decide(chair, register('Đất đai'))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(driver.decide(secretary, register('Đất đai'))).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it(`[Q1] refuses a delegate's question past ${MAX_QUESTIONS_PER_DELEGATE} open ones with invalid`, () => {
    const driver = new FloorDriver(openSession());
    for (let index = 0; index < MAX_QUESTIONS_PER_DELEGATE; index++) ask(driver, delegate(1), `Chủ đề ${index}`);
    expect(driver.decide(delegate(1), register('Một chủ đề nữa'))).toMatchObject({ ok: false, code: 'invalid' });
    expect(driver.decide(delegate(2), register('Một chủ đề nữa')).ok).toBe(true);
  });
});

describe('question.withdraw', () => {
  it('[Q2] marks the own question withdrawn with the time', () => {
    const driver = new FloorDriver(openSession());
    const id = ask(driver, delegate(1), 'Đất đai');
    driver.wait(5000);
    expect(driver.give(delegate(1), { type: 'question.withdraw', questionId: id })).toEqual([{ type: 'question.withdrawn', questionId: id, at: NOW + 5000 }]);
    expect(statuses(driver.state)).toEqual([`${id}:withdrawn`]);
  });

  it("[Q2] refuses to withdraw another delegate's question with not_your_question, and changes nothing", () => {
    const driver = new FloorDriver(openSession());
    const id = ask(driver, delegate(1), 'Đất đai');
    const before = driver.state;
    expect(driver.decide(delegate(2), { type: 'question.withdraw', questionId: id })).toMatchObject({ ok: false, code: 'not_your_question' });
    expect(driver.state).toBe(before);
  });

  it('[Q2] refuses an unknown question with unknown_question, and one already withdrawn with question_closed', () => {
    const driver = new FloorDriver(openSession());
    const id = ask(driver, delegate(1), 'Đất đai');
    expect(driver.decide(delegate(1), { type: 'question.withdraw', questionId: 'nope' })).toMatchObject({ ok: false, code: 'unknown_question' });
    driver.give(delegate(1), { type: 'question.withdraw', questionId: id });
    expect(driver.decide(delegate(1), { type: 'question.withdraw', questionId: id })).toMatchObject({ ok: false, code: 'question_closed' });
  });

  it('[Q2] takes a called question out of the queue with its question request', () => {
    const driver = new FloorDriver(openSession());
    const id = ask(driver, delegate(1), 'Đất đai');
    driver.give(chair, { type: 'question.callGroup', topic: 'Đất đai' });
    driver.give(delegate(1), { type: 'question.withdraw', questionId: id });
    expect(driver.state.floor.queue).toEqual([]);
  });
});

describe('question.callGroup', () => {
  it("[Q3] calls the topic's registered questions and queues their askers' question requests at the head, in registration order", () => {
    const driver = new FloorDriver(openSession());
    driver.give(delegate(1), { type: 'speech.request', kind: 'discussion' });
    const second = ask(driver, delegate(2), 'Đất đai');
    driver.wait(1000);
    const other = ask(driver, delegate(2), 'Giáo dục');
    driver.wait(1000);
    const first = ask(driver, delegate(1), ' đất  ĐAI ');
    driver.wait(1000);
    const [called] = driver.give(chair, { type: 'question.callGroup', topic: 'Đất đai' });
    expect(called).toMatchObject({ type: 'question.groupCalled', topic: 'Đất đai', questionIds: [second, first], at: NOW + 3000 });
    expect(queueOf(driver.state)).toEqual([`seat-2:question:${second}`, `seat-1:question:${first}`, 'seat-1:discussion:-']);
    expect(driver.state.floor.queue[0]).toMatchObject({ seat: 2, requestedAt: NOW + 3000 });
    expect(statuses(driver.state)).toEqual([`${second}:called`, `${other}:registered`, `${first}:called`]);
  });

  it('[Q3] refuses a topic with no registered question with empty_group, and changes nothing', () => {
    const driver = new FloorDriver(openSession());
    const id = ask(driver, delegate(1), 'Đất đai');
    expect(driver.decide(chair, { type: 'question.callGroup', topic: 'Y tế' })).toMatchObject({ ok: false, code: 'empty_group' });
    driver.give(delegate(1), { type: 'question.withdraw', questionId: id });
    const before = driver.state;
    expect(driver.decide(chair, { type: 'question.callGroup', topic: 'Đất đai' })).toMatchObject({ ok: false, code: 'empty_group' });
    expect(driver.state).toBe(before);
  });

  it('[Q3] does not call a question twice: a group already called is empty', () => {
    const driver = new FloorDriver(openSession());
    ask(driver, delegate(1), 'Đất đai');
    driver.give(chair, { type: 'question.callGroup', topic: 'Đất đai' });
    expect(driver.decide(chair, { type: 'question.callGroup', topic: 'Đất đai' })).toMatchObject({ ok: false, code: 'empty_group' });
  });

  it(`[Q3] refuses a group that would grow the queue past ${MAX_QUEUE_LENGTH} requests with invalid`, () => {
    const driver = new FloorDriver(openSession());
    ask(driver, delegate(1), 'Đất đai');
    const waiting = Array.from({ length: MAX_QUEUE_LENGTH }, (_, index) => ({ id: `r${index}`, principalId: `p${index}`, seat: null, kind: 'discussion' as const, itemId: null, requestedAt: NOW, questionId: null }));
    driver.state = { ...driver.state, floor: { ...driver.state.floor, queue: waiting } };
    expect(driver.decide(chair, { type: 'question.callGroup', topic: 'Đất đai' })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('[Q3] is refused while the session is being prepared', () => {
    const state = openSession();
    const preparing = { ...state, session: state.session && { ...state.session, status: 'preparing' as const } };
    const driver = new FloorDriver(preparing);
    ask(driver, delegate(1), 'Đất đai');
    expect(driver.decide(chair, { type: 'question.callGroup', topic: 'Đất đai' })).toMatchObject({ ok: false, code: 'session_not_open' });
  });
});

describe('the answer and the rebuttal', () => {
  /** A group of two called, the first asker has asked, and the answerer is answering the first question. */
  function answering() {
    const driver = new FloorDriver(openSession());
    const first = ask(driver, delegate(1), 'Đất đai');
    const second = ask(driver, delegate(2), 'Đất đai');
    driver.give(chair, { type: 'question.callGroup', topic: 'Đất đai' });
    driver.give(chair, { type: 'speech.grant', requestId: driver.state.floor.queue[0]?.id ?? '' });
    driver.give(chair, { type: 'speech.grantTo', name: 'Giám đốc Sở Tài chính', kind: 'answer', questionId: first });
    return { driver, first, second };
  }

  it("[Q4] gives the answerer a turn of kind answer, tied to the question, with the answer's time limit", () => {
    const { driver, first } = answering();
    expect(driver.state.floor.turn).toMatchObject({ kind: 'answer', name: 'Giám đốc Sở Tài chính', questionId: first, timer: { limitMs: 3 * 60_000 } });
    expect(driver.state.floor.turns).toMatchObject([{ kind: 'question', principalId: 'seat-1', questionId: first }]);
  });

  it("[Q5] puts the asker's rebuttal request first in the queue, tied to their question", () => {
    const { driver, first, second } = answering();
    driver.give(delegate(1), { type: 'speech.request', kind: 'rebuttal' });
    expect(queueOf(driver.state)).toEqual([`seat-1:rebuttal:${first}`, `seat-2:question:${second}`]);
  });

  it('[Q5] leaves a rebuttal request at the end of the queue, tied to no question, when the requester has no question on the floor', () => {
    const { driver, second } = answering();
    driver.give(chair, { type: 'speech.end' });
    driver.give(secretary, { type: 'question.markAnswered', questionIds: [second] });
    const [requested] = driver.give(delegate(2), { type: 'speech.request', kind: 'rebuttal' });
    expect(requested).toMatchObject({ type: 'speech.requested', request: { questionId: null } });
    expect(driver.state.floor.queue.at(-1)).toMatchObject({ principalId: 'seat-2', kind: 'rebuttal', questionId: null });
  });
});

describe('question.markAnswered and question.markWritten', () => {
  it('[Q6] marks questions answered, and an answered question leaves the queue', () => {
    const driver = new FloorDriver(openSession());
    const first = ask(driver, delegate(1), 'Đất đai');
    const second = ask(driver, delegate(2), 'Đất đai');
    driver.give(chair, { type: 'question.callGroup', topic: 'Đất đai' });
    driver.wait(60_000);
    expect(driver.give(chair, { type: 'question.markAnswered', questionIds: [first, second] })).toEqual([
      { type: 'question.answered', questionIds: [first, second], at: NOW + 60_000 },
    ]);
    expect(statuses(driver.state)).toEqual([`${first}:answered`, `${second}:answered`]);
    expect(driver.state.floor.queue).toEqual([]);
  });

  it('[Q6] marks the questions not reached to be answered in writing (trả lời bằng văn bản), called or not', () => {
    const driver = new FloorDriver(openSession());
    const called = ask(driver, delegate(1), 'Đất đai');
    const waiting = ask(driver, delegate(2), 'Giáo dục');
    driver.give(chair, { type: 'question.callGroup', topic: 'Đất đai' });
    driver.give(secretary, { type: 'question.markWritten', questionIds: [called, waiting] });
    expect(statuses(driver.state)).toEqual([`${called}:writtenAnswer`, `${waiting}:writtenAnswer`]);
    expect(driver.state.floor.queue).toEqual([]);
  });

  it('[Q6] refuses unknown ids with unknown_question, and changes nothing', () => {
    const driver = new FloorDriver(openSession());
    const id = ask(driver, delegate(1), 'Đất đai');
    const before = driver.state;
    expect(driver.decide(chair, { type: 'question.markAnswered', questionIds: [id, 'nope'] })).toMatchObject({ ok: false, code: 'unknown_question' });
    expect(driver.decide(secretary, { type: 'question.markWritten', questionIds: ['nope'] })).toMatchObject({ ok: false, code: 'unknown_question' });
    expect(driver.state).toBe(before);
  });

  it('[Q6] refuses a question named twice with invalid, and a closed one with question_closed', () => {
    const driver = new FloorDriver(openSession());
    const id = ask(driver, delegate(1), 'Đất đai');
    expect(driver.decide(chair, { type: 'question.markWritten', questionIds: [id, id] })).toMatchObject({ ok: false, code: 'invalid' });
    driver.give(chair, { type: 'question.markAnswered', questionIds: [id] });
    expect(driver.decide(chair, { type: 'question.markWritten', questionIds: [id] })).toMatchObject({ ok: false, code: 'question_closed' });
    expect(driver.decide(chair, { type: 'question.markAnswered', questionIds: [id] })).toMatchObject({ ok: false, code: 'question_closed' });
  });

  it('[Q6] refuses a delegate with forbidden', () => {
    const driver = new FloorDriver(openSession());
    const id = ask(driver, delegate(1), 'Đất đai');
    expect(driver.decide(delegate(1), { type: 'question.markAnswered', questionIds: [id] })).toMatchObject({ ok: false, code: 'forbidden' });
  });
});
