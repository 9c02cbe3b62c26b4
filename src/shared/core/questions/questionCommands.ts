/**
 * Decisions about question time. Roles are checked before these run
 * (COMMAND_ROLES); these check who asks, which questions exist and whether
 * their status allows the step.
 */
import type { CommandOf, Question, SessionState, SpeechRequest } from '../../protocol';
import { MAX_QUESTIONS, MAX_QUESTIONS_PER_DELEGATE, MAX_QUEUE_LENGTH } from '../../protocol';
import type { DecideContext, Decision } from '../decision';
import { accept, reject } from '../decision';
import { findPrincipal } from '../findPrincipal';
import { groupKey } from './topicKey';

/** A question still waiting for its answer: registered, or called to the floor. */
export function isOpenQuestion(question: Question): boolean {
  return question.status === 'registered' || question.status === 'called';
}

export function registerQuestion(state: SessionState, command: CommandOf<'question.register'>, ctx: DecideContext): Decision {
  const principal = findPrincipal(state, ctx.actor.id);
  if (principal?.role !== 'delegate' || principal.seat === null) return reject('forbidden', 'Only a seated delegate registers a question');
  if (state.questions.length >= MAX_QUESTIONS) return reject('invalid', `A session holds at most ${MAX_QUESTIONS} questions`);
  const own = state.questions.filter((question) => question.askerPrincipalId === principal.id && question.status !== 'withdrawn');
  if (own.length >= MAX_QUESTIONS_PER_DELEGATE) return reject('invalid', `A delegate registers at most ${MAX_QUESTIONS_PER_DELEGATE} questions`);
  return accept({
    type: 'question.registered',
    question: {
      id: ctx.newId(),
      askerPrincipalId: principal.id,
      askerSeat: principal.seat,
      text: command.text,
      addressee: command.addressee,
      topic: command.topic,
      itemId: state.currentItemId,
      status: 'registered',
      registeredAt: ctx.now,
    },
  });
}

export function withdrawQuestion(state: SessionState, command: CommandOf<'question.withdraw'>, ctx: DecideContext): Decision {
  const question = state.questions.find((candidate) => candidate.id === command.questionId);
  if (!question) return reject('unknown_question', `No question ${command.questionId}`);
  if (question.askerPrincipalId !== ctx.actor.id) return reject('not_your_question', 'Only the delegate who asked may withdraw a question');
  if (!isOpenQuestion(question)) return reject('question_closed', `The question is already ${question.status}`);
  return accept({ type: 'question.withdrawn', questionId: question.id, at: ctx.now });
}

export function callQuestionGroup(state: SessionState, command: CommandOf<'question.callGroup'>, ctx: DecideContext): Decision {
  if (state.session?.status !== 'open') return reject('session_not_open', 'A group is called only while the session is open');
  const key = groupKey(command.topic);
  const group = state.questions
    .filter((question) => question.status === 'registered' && groupKey(question.topic) === key)
    .sort((a, b) => a.registeredAt - b.registeredAt);
  if (group.length === 0) return reject('empty_group', `No registered question on the topic "${command.topic}"`);
  if (state.floor.queue.length + group.length > MAX_QUEUE_LENGTH) return reject('invalid', `The queue holds at most ${MAX_QUEUE_LENGTH} requests`);
  const requests: SpeechRequest[] = group.map((question) => ({
    id: ctx.newId(),
    principalId: question.askerPrincipalId,
    seat: question.askerSeat,
    kind: 'question',
    itemId: state.currentItemId,
    requestedAt: ctx.now,
    questionId: question.id,
  }));
  return accept({ type: 'question.groupCalled', topic: command.topic, questionIds: group.map((question) => question.id), requests, at: ctx.now });
}

/** The named questions, when every id is known, named once and still open; otherwise the refusal. */
function openQuestionsNamed(state: SessionState, questionIds: readonly string[]): Decision | null {
  if (new Set(questionIds).size !== questionIds.length) return reject('invalid', 'A question is named twice');
  for (const id of questionIds) {
    const question = state.questions.find((candidate) => candidate.id === id);
    if (!question) return reject('unknown_question', `No question ${id}`);
    if (!isOpenQuestion(question)) return reject('question_closed', `Question ${id} is already ${question.status}`);
  }
  return null;
}

export function markQuestionsAnswered(state: SessionState, command: CommandOf<'question.markAnswered'>, ctx: DecideContext): Decision {
  return openQuestionsNamed(state, command.questionIds) ?? accept({ type: 'question.answered', questionIds: command.questionIds, at: ctx.now });
}

export function markQuestionsWritten(state: SessionState, command: CommandOf<'question.markWritten'>, ctx: DecideContext): Decision {
  return openQuestionsNamed(state, command.questionIds) ?? accept({ type: 'question.markedWritten', questionIds: command.questionIds, at: ctx.now });
}
