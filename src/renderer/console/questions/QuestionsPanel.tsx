/**
 * Question time at the console (chất vấn và trả lời chất vấn): the registered
 * questions grouped by topic and addressee; the chair calls a group, invites
 * each answer and the askers' rebuttals; what was not reached goes to written
 * answers, whose list prints.
 */
import { isOpenQuestion, questionGroups } from '../../../shared/core';
import type { Command, Role, SessionState } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';
import { useCommand } from '../useCommand';
import { QuestionGroupCard } from './QuestionGroupCard';
import { WrittenAnswerList } from './WrittenAnswerList';
import './questions.css';

export function QuestionsPanel({ connection, state, role }: { connection: SessionConnection; state: SessionState; role: Role }) {
  const t = useT();
  const { run, busy } = useCommand(connection);
  const send = (command: Command) => void run(command);
  const isChair = role === 'chair';
  const groups = questionGroups(state.questions);
  const open = state.questions.filter(isOpenQuestion);
  const written = state.questions.filter((question) => question.status === 'writtenAnswer');
  const turn = state.floor.turn;

  async function print() {
    if (window.chamber) await window.chamber.savePageAsPdf('cau-hoi-tra-loi-bang-van-ban.pdf');
    else window.print();
  }

  return (
    <div className="questions-panel">
      <div className="panel-toolbar no-print">
        <h2>{t('question.title')}</h2>
        <button type="button" className="button" disabled={busy || open.length === 0} data-testid="all-to-written" onClick={() => send({ type: 'question.markWritten', questionIds: open.map((question) => question.id) })}>
          {t('question.allToWritten')}
        </button>
        <button type="button" className="button" disabled={written.length === 0} onClick={() => void print()}>
          {t('question.print')}
        </button>
      </div>
      <p className="question-turn no-print" data-testid="question-turn">
        {turn ? `${t('floor.speaking')}: ${turn.name} — ${t(`floor.kind.${turn.kind}`)}` : t('floor.nobodySpeaking')}
      </p>
      <div className="question-groups no-print">
        {groups.length === 0 ? <p className="panel-hint">{t('question.empty')}</p> : groups.map((group) => <QuestionGroupCard key={group.topic} state={state} group={group} isChair={isChair} busy={busy} run={send} />)}
      </div>
      <WrittenAnswerList state={state} questions={written} />
    </div>
  );
}
