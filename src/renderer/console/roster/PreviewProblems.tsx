/** Every problem row of an import with its reason; blocking ones first in weight, the notes after. */
import type { RosterPreview, RosterProblem } from '../../../shared/roster';
import { isBlockingProblem } from '../../../shared/roster';
import { useT } from '../../ui/language';
import { problemKey } from './rosterMessages';

export function PreviewProblems({ problems }: { problems: RosterPreview['problems'] }) {
  const t = useT();
  if (problems.length === 0) return null;
  const blocking = problems.filter(isBlockingProblem).length;
  return (
    <section className="roster-problems" aria-label={t('roster.import.problemsTitle', { count: problems.length })}>
      <h3>{t('roster.import.problemsTitle', { count: problems.length })}</h3>
      {blocking > 0 && (
        <p className="roster-blocked" role="alert" data-testid="roster-import-blocked">
          {t('roster.import.blocked', { count: blocking })}
        </p>
      )}
      <ul>
        {problems.map((problem: RosterProblem, index) => (
          <li key={index} data-testid="roster-problem" data-code={problem.code} className={isBlockingProblem(problem) ? 'roster-problem-blocking' : 'roster-problem-note'}>
            <strong>{t('roster.import.problemRow', { row: problem.row })}</strong> {t(problemKey(problem.code))}
          </li>
        ))}
      </ul>
    </section>
  );
}
