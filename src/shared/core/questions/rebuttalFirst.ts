/**
 * Whoever asked a question may debate the answer first: a delegate's
 * `rebuttal` request, while one of their questions is on the floor (called),
 * is tied to that question and put at the head of the queue.
 */
import type { DomainEvent, Question, SessionState, Turn } from '../../protocol';
import type { Decision } from '../decision';

/** The latest answer turn, running or ended. */
function latestAnswer(state: SessionState): Turn | undefined {
  if (state.floor.turn?.kind === 'answer') return state.floor.turn;
  const answers = state.floor.turns.filter((turn) => turn.kind === 'answer');
  return answers[answers.length - 1];
}

/** The asker's question on the floor that a rebuttal of theirs is about, if any. */
export function rebuttedQuestion(state: SessionState, askerId: string): Question | undefined {
  const called = state.questions.filter((question) => question.askerPrincipalId === askerId && question.status === 'called');
  const answered = latestAnswer(state)?.questionId;
  return called.find((question) => question.id === answered) ?? called[0];
}

/** The decision of a `speech.request`, with an asker's rebuttal tied to their question and moved first. */
export function withRebuttalFirst(state: SessionState, decision: Decision): Decision {
  if (!decision.ok) return decision;
  const [requested, ...rest] = decision.events;
  if (requested?.type !== 'speech.requested' || requested.request.kind !== 'rebuttal') return decision;
  const question = rebuttedQuestion(state, requested.request.principalId);
  if (!question) return decision;
  const request = { ...requested.request, questionId: question.id };
  const order = [request.id, ...state.floor.queue.map((queued) => queued.id)];
  const events: DomainEvent[] = [{ ...requested, request }, { type: 'speech.reordered', requestIds: order }, ...rest];
  return { ok: true, events };
}
