/**
 * A result in the National Assembly's form: taking part, then each option,
 * with counts and percentages of the seated delegates, the rule with the
 * number needed, and the verdict. Elections show one line per candidate, and
 * confidence votes one line per official, each with its verdict; the name
 * appears once.
 */
import { computeResult } from '../../shared/core';
import type { VoteResult } from '../../shared/core';
import type { VoteInfo } from '../../shared/protocol';
import { useT } from './language';
import type { Translate } from './language';
import { useNumberFormat } from './useNumberFormat';
import type { NumberFormat } from './useNumberFormat';
import { quorumNote, ruleSentence, takingLabel, verdictText } from './voteWording';

export function VoteResultTable({ vote, large = false }: { vote: VoteInfo; large?: boolean }) {
  const t = useT();
  const format = useNumberFormat();
  const result = computeResult(vote);
  if (!result) return null;
  const note = quorumNote(t, vote);
  return (
    <section className={large ? 'vote-result vote-result-large' : 'vote-result'} data-testid="vote-result" data-kind={vote.kind} aria-label={t('vote.result')}>
      {vote.kind === 'election' ? (
        <ElectionTable vote={vote} result={result} t={t} format={format} />
      ) : vote.kind === 'confidence' ? (
        <ConfidenceTable vote={vote} result={result} t={t} format={format} />
      ) : (
        <ResolutionTable vote={vote} result={result} t={t} format={format} />
      )}
      <p className="result-rule" data-testid="vote-rule">
        {ruleSentence(t, vote, result.threshold)}
      </p>
      <p className="result-base">{t('vote.ofSeated', { seated: result.bases.seated })}</p>
      {note && (
        <p className="result-quorum-note" data-testid="vote-quorum-note">
          {note}
        </p>
      )}
      {result.outcome && (
        <p className={result.outcome === 'passed' ? 'result-outcome result-passed' : 'result-outcome result-not-passed'} data-testid="vote-outcome">
          {result.outcome === 'passed' ? t('vote.passed') : t('vote.notPassed')}
        </p>
      )}
    </section>
  );
}

interface TableProps {
  vote: VoteInfo;
  result: VoteResult;
  t: Translate;
  format: NumberFormat;
}

function Bar({ percent }: { percent: string }) {
  return <span className="result-bar" style={{ width: `${Math.min(100, Number(percent))}%` }} aria-hidden="true" />;
}

function TakingRow({ vote, result, t, format, columns }: TableProps & { columns: number }) {
  return (
    <tr className="result-taking">
      <th scope="row">{takingLabel(t, vote.kind)}</th>
      <td className="result-count">{format.count(result.participants.count)}</td>
      <td className="result-percent">{format.percent(result.participants.percent)}</td>
      <td className="result-bar-cell" colSpan={columns - 3}>
        <Bar percent={result.participants.percent} />
      </td>
    </tr>
  );
}

/** A resolution or a show of hands: taking part, then Tán thành / Không tán thành / Không biểu quyết. */
function ResolutionTable(props: TableProps) {
  const { result, format } = props;
  const options = result.rows[0]?.options ?? [];
  return (
    <table className="result-table">
      <tbody>
        <TakingRow {...props} columns={4} />
        {options.map((option) => (
          <tr key={option.id} className={`result-option result-option-${option.id}`}>
            <th scope="row">{option.label}</th>
            <td className="result-count">{format.count(option.count)}</td>
            <td className="result-percent">{format.percent(option.percent)}</td>
            <td className="result-bar-cell">
              <Bar percent={option.percent} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An election: one line per candidate with the votes, their share of the seated delegates and the verdict. */
function ElectionTable(props: TableProps) {
  const { vote, result, t, format } = props;
  return (
    <table className="result-table result-table-names">
      <thead>
        <tr>
          <th scope="col">{t('vote.candidate')}</th>
          <th scope="col" className="result-count">
            {t('vote.votes')}
          </th>
          <th scope="col" className="result-percent">
            %
          </th>
          <th scope="col" className="result-bar-cell" aria-hidden="true" />
          <th scope="col">{t('vote.verdictHeading')}</th>
        </tr>
      </thead>
      <tbody>
        <TakingRow {...props} columns={5} />
        {result.rows.map((row) => {
          const chosen = row.options[0];
          return (
            <tr key={row.id} className={`result-name result-verdict-${row.verdict}`} data-testid="result-name" data-verdict={row.verdict}>
              <th scope="row">{row.label}</th>
              <td className="result-count">{format.count(chosen?.count ?? 0)}</td>
              <td className="result-percent">{format.percent(chosen?.percent ?? '0')}</td>
              <td className="result-bar-cell">
                <Bar percent={chosen?.percent ?? '0'} />
              </td>
              <td className="result-row-verdict" data-testid="result-verdict">
                {verdictText(t, vote, row)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A confidence vote: one line per official with each rating's count and share, and the low-confidence flag. */
function ConfidenceTable(props: TableProps) {
  const { vote, result, t, format } = props;
  return (
    <>
    <p className="result-taking-line" data-testid="result-taking">
      {takingLabel(t, vote.kind)}: {format.count(result.participants.count)} ({format.percent(result.participants.percent)})
    </p>
    <table className="result-table result-table-names">
      <thead>
        <tr>
          <th scope="col">{t('vote.official')}</th>
          {vote.options.map((option) => (
            <th key={option.id} scope="col" className={`result-count result-head-${option.id}`}>
              {option.label}
            </th>
          ))}
          <th scope="col">{t('vote.verdictHeading')}</th>
        </tr>
      </thead>
      <tbody>
        {result.rows.map((row) => (
          <tr key={row.id} className={`result-name result-verdict-${row.verdict}`} data-testid="result-name" data-verdict={row.verdict}>
            <th scope="row">{row.label}</th>
            {row.options.map((option) => (
              <td key={option.id} className={`result-count result-option-${option.id}`}>
                {format.count(option.count)} <span className="result-share">({format.percent(option.percent)})</span>
              </td>
            ))}
            <td className="result-row-verdict" data-testid="result-verdict">
              {verdictText(t, vote, row)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </>
  );
}
