/** How question time's events change the state; the same on the hub and every device. */
import type { EventOf, QuestionStatus, SessionState, SpeechRequest } from '../../protocol';

function withStatus(state: SessionState, questionIds: readonly string[], status: QuestionStatus): SessionState {
  const named = new Set(questionIds);
  return { ...state, questions: state.questions.map((question) => (named.has(question.id) ? { ...question, status } : question)) };
}

/** The queue without the requests of these kinds tied to these questions. */
function withoutRequests(state: SessionState, questionIds: readonly string[], kinds: readonly SpeechRequest['kind'][]): SessionState {
  const named = new Set(questionIds);
  const queue = state.floor.queue.filter((request) => request.questionId === null || !named.has(request.questionId) || !kinds.includes(request.kind));
  return queue.length === state.floor.queue.length ? state : { ...state, floor: { ...state.floor, queue } };
}

export function registeredQuestion(state: SessionState, event: EventOf<'question.registered'>): SessionState {
  return { ...state, questions: [...state.questions, event.question] };
}

/** A withdrawn question also leaves the queue if it was called. */
export function withdrawnQuestion(state: SessionState, event: EventOf<'question.withdrawn'>): SessionState {
  return withoutRequests(withStatus(state, [event.questionId], 'withdrawn'), [event.questionId], ['question', 'rebuttal']);
}

export function calledQuestionGroup(state: SessionState, event: EventOf<'question.groupCalled'>): SessionState {
  const called = withStatus(state, event.questionIds, 'called');
  return { ...called, floor: { ...called.floor, queue: [...event.requests, ...called.floor.queue] } };
}

/** An answered question's asker no longer waits to ask it. */
export function answeredQuestions(state: SessionState, event: EventOf<'question.answered'>): SessionState {
  return withoutRequests(withStatus(state, event.questionIds, 'answered'), event.questionIds, ['question']);
}

/** A question left for a written answer leaves the queue with its rebuttal. */
export function markedWrittenQuestions(state: SessionState, event: EventOf<'question.markedWritten'>): SessionState {
  return withoutRequests(withStatus(state, event.questionIds, 'writtenAnswer'), event.questionIds, ['question', 'rebuttal']);
}
