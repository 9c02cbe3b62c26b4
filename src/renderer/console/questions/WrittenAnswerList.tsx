/** The questions to be answered in writing (trả lời bằng văn bản), laid out to print and hand to the answerers. */
import type { Question, SessionState } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import { askerName } from './askerLabel';

export function WrittenAnswerList({ state, questions }: { state: SessionState; questions: readonly Question[] }) {
  const t = useT();
  return (
    <section className="written-answers" data-testid="written-answers">
      <h3>{t('question.writtenList')}</h3>
      <p className="written-answers-session">{[state.session?.council, state.session?.title].filter(Boolean).join(' — ')}</p>
      {questions.length === 0 ? (
        <p className="panel-hint">{t('question.writtenEmpty')}</p>
      ) : (
        <table className="written-answers-table">
          <thead>
            <tr>
              <th scope="col">{t('question.number')}</th>
              <th scope="col">{t('question.askerColumn')}</th>
              <th scope="col">{t('question.addressee')}</th>
              <th scope="col">{t('question.topic')}</th>
              <th scope="col">{t('question.text')}</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((question, index) => (
              <tr key={question.id} data-testid="written-answer-row">
                <td>{index + 1}</td>
                <td>{t('question.asker', { name: askerName(state, question), seat: question.askerSeat })}</td>
                <td>{question.addressee}</td>
                <td>{question.topic}</td>
                <td className="written-answers-text">{question.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
