/**
 * The ballot itself, for each kind of vote: three large answers for a
 * resolution, candidates to tick (up to N) for an election, a rating per
 * official for a confidence vote. Picking leads to the confirm step
 * (BallotConfirm); nothing is sent from here.
 */
import { useState } from 'react';
import { ELECTED_OPTION, MOTION_ROW } from '../../shared/protocol';
import type { Selection, VoteInfo } from '../../shared/protocol';
import { useT } from '../ui/language';

interface BallotFormProps {
  vote: VoteInfo;
  /** What the delegate had picked before going back from the confirm step. */
  initial: Selection[];
  onPick(selections: Selection[]): void;
}

export function BallotForm({ vote, initial, onPick }: BallotFormProps) {
  const t = useT();
  const [selections, setSelections] = useState<Selection[]>(initial);
  const chosen = (row: string, option: string) => selections.some((s) => s.row === row && s.option === option);
  const complete =
    vote.kind === 'resolution' ? selections.length === 1 : vote.kind === 'confidence' ? selections.length === vote.rows.length : selections.length <= vote.maxChoices;

  if (vote.kind === 'resolution') {
    return (
      <div className="ballot-answers" role="group" aria-label={vote.title}>
        {vote.options.map((option) => (
          <button
            key={option.id}
            type="button"
            className={`ballot-answer ballot-answer-${option.id}`}
            aria-label={`${option.label} — ${vote.title}`}
            onClick={() => onPick([{ row: MOTION_ROW, option: option.id }])}
          >
            {option.label}
          </button>
        ))}
      </div>
    );
  }

  if (vote.kind === 'election') {
    const toggle = (row: string) =>
      setSelections((current) => (current.some((s) => s.row === row) ? current.filter((s) => s.row !== row) : [...current, { row, option: ELECTED_OPTION }]));
    return (
      <div className="ballot-election">
        <p className="ballot-hint" aria-live="polite">
          {t('vote.maxChoices', { count: vote.maxChoices, chosen: selections.length })}
        </p>
        <ul className="ballot-candidates">
          {vote.rows.map((row) => {
            const checked = chosen(row.id, ELECTED_OPTION);
            return (
              <li key={row.id}>
                <label className={checked ? 'ballot-candidate ballot-candidate-checked' : 'ballot-candidate'}>
                  <input type="checkbox" checked={checked} disabled={!checked && selections.length >= vote.maxChoices} onChange={() => toggle(row.id)} />
                  <span>{row.label}</span>
                </label>
              </li>
            );
          })}
        </ul>
        <button type="button" className="button button-primary ballot-send" disabled={!complete} onClick={() => onPick(selections)}>
          {t('vote.send')}
        </button>
      </div>
    );
  }

  const rate = (row: string, option: string) => setSelections((current) => [...current.filter((s) => s.row !== row), { row, option }]);
  return (
    <div className="ballot-confidence">
      <p className="ballot-hint">{t('vote.answerAll')}</p>
      {vote.rows.map((row) => (
        <fieldset key={row.id} className="ballot-official">
          <legend>{row.label}</legend>
          <div className="ballot-ratings">
            {vote.options.map((option) => (
              <button
                key={option.id}
                type="button"
                aria-pressed={chosen(row.id, option.id)}
                aria-label={`${row.label}: ${option.label}`}
                className={chosen(row.id, option.id) ? 'ballot-rating ballot-rating-on' : 'ballot-rating'}
                onClick={() => rate(row.id, option.id)}
              >
                {option.label}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="button" className="button button-primary ballot-send" disabled={!complete} onClick={() => onPick(selections)}>
        {t('vote.send')}
      </button>
    </div>
  );
}
