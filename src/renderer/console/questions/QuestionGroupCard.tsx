/** A topic's group of questions, by addressee, with the chair's steps: call the group, invite each answer, send the rest to written answers. */
import type { TopicGroup } from '../../../shared/core';
import { isOpenQuestion } from '../../../shared/core';
import type { Command, SessionState } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import { QuestionRow } from './QuestionRow';

interface QuestionGroupCardProps {
  state: SessionState;
  group: TopicGroup;
  isChair: boolean;
  busy: boolean;
  run(command: Command): void;
}

export function QuestionGroupCard({ state, group, isChair, busy, run }: QuestionGroupCardProps) {
  const t = useT();
  const open = group.questions.filter(isOpenQuestion);

  return (
    <section className="question-group" data-testid="question-group" data-topic={group.topic}>
      <header className="question-group-head">
        <h3>{group.topic}</h3>
        <span className="panel-count">{t('question.groupCount', { count: group.questions.length, waiting: group.registeredCount })}</span>
        {isChair && (
          <button type="button" className="button button-primary" disabled={busy || group.registeredCount === 0} data-testid="call-group" onClick={() => run({ type: 'question.callGroup', topic: group.topic })}>
            {t('question.callGroup')}
          </button>
        )}
        <button type="button" className="button" disabled={busy || open.length === 0} onClick={() => run({ type: 'question.markWritten', questionIds: open.map((question) => question.id) })}>
          {t('question.toWritten')}
        </button>
      </header>
      {group.byAddressee.map((byAddressee) => {
        const called = byAddressee.questions.find((question) => question.status === 'called');
        return (
          <div key={byAddressee.addressee} className="question-addressee" data-testid="question-addressee">
            <div className="question-addressee-head">
              <h4>{t('question.addresseeCount', { addressee: byAddressee.addressee, count: byAddressee.questions.length })}</h4>
              {isChair && (
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy || !called}
                  data-testid="invite-answer"
                  onClick={() => called && run({ type: 'speech.grantTo', name: byAddressee.addressee, kind: 'answer', questionId: called.id })}
                >
                  {t('question.inviteAnswer')}
                </button>
              )}
            </div>
            <ol className="question-list">
              {byAddressee.questions.map((question) => (
                <QuestionRow key={question.id} state={state} question={question} isChair={isChair} busy={busy} run={run} />
              ))}
            </ol>
          </div>
        );
      })}
    </section>
  );
}
