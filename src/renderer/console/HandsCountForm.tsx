import { useState } from 'react';
import type { VoteLabels } from '../../shared/protocol';
import { useT } from '../ui/language';

export interface HandsCounts {
  for: number;
  against: number;
  abstain: number;
}

interface HandsCountFormProps {
  labels: VoteLabels;
  busy: boolean;
  onSave(counts: HandsCounts): void;
}

/** The secretary enters a show of hands: whole, non-negative counts for each answer. */
export function HandsCountForm({ labels, busy, onSave }: HandsCountFormProps) {
  const t = useT();
  const [counts, setCounts] = useState({ for: '', against: '', abstain: '' });
  const values: HandsCounts = { for: Number(counts.for || 0), against: Number(counts.against || 0), abstain: Number(counts.abstain || 0) };
  const valid = Object.values(values).every((value) => Number.isInteger(value) && value >= 0);
  return (
    <form
      className="hands-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onSave(values);
      }}
    >
      <strong>{t('vote.enterCounts')}</strong>
      {(['for', 'against', 'abstain'] as const).map((key) => (
        <label key={key} className="field">
          <span>{labels[key]}</span>
          <input
            inputMode="numeric"
            value={counts[key]}
            onChange={(event) => setCounts({ ...counts, [key]: event.target.value })}
            data-testid={`hands-${key}`}
          />
        </label>
      ))}
      <button type="submit" className="button button-primary" disabled={busy || !valid}>
        {t('vote.saveCounts')}
      </button>
    </form>
  );
}
