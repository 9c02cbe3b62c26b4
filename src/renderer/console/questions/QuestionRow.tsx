/** One question in the chair's list: who asked, what, its status, and the steps the chair takes on it. */
import type { Command, Question, SessionState } from '../../../shared/protocol';
import { isOpenQuestion } from '../../../shared/core';
import { useT } from '../../ui/language';
import { askerName } from './askerLabel';

interface QuestionRowProps {
  state: SessionState;
  question: Question;
  isChair: boolean;
  busy: boolean;
  run(command: Command): void;
}

export function QuestionRow({ state, question, isChair, busy, run }: QuestionRowProps) {
  const t = useT();
  const name = askerName(state, question);
  const queued = (kind: 'question' | 'rebuttal') => state.floor.queue.find((request) => request.questionId === question.id && request.kind === kind);
  const askerRequest = queued('question');
  const rebuttalRequest = queued('rebuttal');
  const onFloor = question.status === 'called';
  const inviteRebuttal = () =>
    run(
      rebuttalRequest
        ? { type: 'speech.grant', requestId: rebuttalRequest.id }
        : { type: 'speech.grantTo', name: name || t('floor.seat', { seat: question.askerSeat }), kind: 'rebuttal', principalId: question.askerPrincipalId, questionId: question.id },
    );

  return (
    <li className={`question-row question-${question.status}`} data-testid="question-row" data-status={question.status}>
      <div className="question-row-head">
        <span className="question-asker">{t('question.asker', { name, seat: question.askerSeat })}</span>
        <span className={`question-status question-status-${question.status}`}>{t(`question.status.${question.status}`)}</span>
      </div>
      <p className="question-text">{question.text}</p>
      {isOpenQuestion(question) && (
        <div className="question-actions">
          {isChair && askerRequest && (
            <button type="button" className="button button-small" disabled={busy} onClick={() => run({ type: 'speech.grant', requestId: askerRequest.id })}>
              {t('question.inviteAsker')}
            </button>
          )}
          {isChair && onFloor && (
            <button type="button" className="button button-small" disabled={busy} data-testid="invite-rebuttal" onClick={inviteRebuttal}>
              {t('question.inviteRebuttal')}
            </button>
          )}
          <button type="button" className="button button-small" disabled={busy} onClick={() => run({ type: 'question.markAnswered', questionIds: [question.id] })}>
            {t('question.markAnswered')}
          </button>
        </div>
      )}
    </li>
  );
}
