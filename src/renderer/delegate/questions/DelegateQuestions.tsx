/**
 * Question time on the delegate's iPad: register a question (đăng ký chất
 * vấn), before or during the sitting, and follow one's own questions with
 * their status; withdraw one not yet answered.
 */
import { useState } from 'react';
import { addresseeSuggestions, isOpenQuestion, questionGroups } from '../../../shared/core';
import type { Command, SessionState } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';
import type { QuestionDraft } from './QuestionForm';
import { QuestionForm } from './QuestionForm';
import './questions.css';

export function DelegateQuestions({ connection, state, principalId }: { connection: SessionConnection; state: SessionState; principalId: string }) {
  const t = useT();
  const [writing, setWriting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const mine = state.questions.filter((question) => question.askerPrincipalId === principalId && question.status !== 'withdrawn');

  async function send(command: Command): Promise<boolean> {
    setBusy(true);
    try {
      const outcome = await connection.sendCommand(command);
      if (!outcome.ok) setMessage({ tone: 'error', text: outcome.code === 'offline' || outcome.code === 'timeout' ? t('error.offline') : t(`error.${outcome.code}`) });
      return outcome.ok;
    } finally {
      setBusy(false);
    }
  }

  async function register(draft: QuestionDraft) {
    if (await send({ type: 'question.register', ...draft })) {
      setWriting(false);
      setMessage({ tone: 'ok', text: t('question.sent') });
    }
  }

  return (
    <section className="delegate-questions" data-testid="delegate-questions">
      <div className="delegate-questions-head">
        <h2>{t('question.tab')}</h2>
        {!writing && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setWriting(true);
              setMessage(null);
            }}
          >
            {t('question.register')}
          </button>
        )}
      </div>
      {message && (
        <p className={`delegate-questions-message delegate-questions-${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {writing && (
        <QuestionForm
          addressees={addresseeSuggestions(
            state.questions,
            state.guests.filter((guest) => guest.role === 'guest').map((guest) => guest.office),
          )}
          topics={questionGroups(state.questions).map((group) => group.topic)}
          busy={busy}
          onSubmit={(draft) => void register(draft)}
          onCancel={() => setWriting(false)}
        />
      )}
      <h3>{t('question.mine')}</h3>
      {mine.length === 0 ? (
        <p className="panel-hint">{t('question.mineEmpty')}</p>
      ) : (
        <ul className="my-questions">
          {mine.map((question) => (
            <li key={question.id} className="my-question" data-testid="my-question" data-status={question.status}>
              <p className="my-question-text">{question.text}</p>
              <div className="my-question-meta">
                <span>{t('question.to', { addressee: question.addressee })}</span>
                <span>{t('question.inTopic', { topic: question.topic })}</span>
                <span className={`question-status question-status-${question.status}`}>{t(`question.status.${question.status}`)}</span>
              </div>
              {isOpenQuestion(question) && (
                <button type="button" className="button button-danger" disabled={busy} onClick={() => void send({ type: 'question.withdraw', questionId: question.id })}>
                  {t('question.withdraw')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
