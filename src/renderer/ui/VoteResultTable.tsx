/**
 * A result in the National Assembly's form: taking part, then each option,
 * with counts and percentages of the seated delegates, bars, and the outcome.
 * Elections and confidence votes show one block per candidate or official.
 */
import { computeResult } from '../../shared/core';
import type { VoteInfo } from '../../shared/protocol';
import { useT } from './language';

export function VoteResultTable({ vote, large = false }: { vote: VoteInfo; large?: boolean }) {
  const t = useT();
  const result = computeResult(vote);
  if (!result) return null;
  const bar = (percent: string) => <span className="result-bar" style={{ width: `${Math.min(100, Number(percent))}%` }} aria-hidden="true" />;
  return (
    <section className={large ? 'vote-result vote-result-large' : 'vote-result'} data-testid="vote-result" aria-label={t('vote.result')}>
      <table className="result-table">
        <tbody>
          <tr className="result-taking">
            <th scope="row">{t('vote.taking')}</th>
            <td className="result-count">{result.participants.count}</td>
            <td className="result-percent">{result.participants.percent}%</td>
            <td className="result-bar-cell">{bar(result.participants.percent)}</td>
          </tr>
        </tbody>
        {result.rows.map((row) => (
          <tbody key={row.id} className="result-row-group">
            {vote.rows.length > 1 && (
              <tr className="result-row-heading">
                <th colSpan={3} scope="rowgroup">
                  {row.label}
                </th>
                <td className="result-row-verdict">
                  {vote.kind === 'election' && (row.elected ? t('vote.elected') : row.tied ? t('vote.tied') : t('vote.notElected'))}
                  {vote.kind === 'confidence' && row.meetsRule && t('vote.lowConfidence')}
                </td>
              </tr>
            )}
            {row.options.map((option) => (
              <tr key={option.id} className={`result-option result-option-${option.id}`}>
                <th scope="row">{vote.kind === 'election' ? row.label : option.label}</th>
                <td className="result-count">{option.count}</td>
                <td className="result-percent">{option.percent}%</td>
                <td className="result-bar-cell">{bar(option.percent)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <p className="result-base">{t('vote.ofSeated', { seated: result.bases.seated })}</p>
      {result.outcome && (
        <p className={result.outcome === 'passed' ? 'result-outcome result-passed' : 'result-outcome result-not-passed'} data-testid="vote-outcome">
          {result.outcome === 'passed' ? t('vote.passed') : t('vote.notPassed')}
        </p>
      )}
    </section>
  );
}
