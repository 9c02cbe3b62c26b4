/** How long a published result stays on the big screen in `auto`, in seconds. */
import { useEffect, useState } from 'react';
import { MAX_RESULT_HOLD_SECONDS } from '../../../shared/protocol';
import { useT } from '../../ui/language';

export function ResultHoldForm({ seconds, canChange, onSave }: { seconds: number; canChange: boolean; onSave(seconds: number): void }) {
  const t = useT();
  const [draft, setDraft] = useState(String(seconds));
  useEffect(() => setDraft(String(seconds)), [seconds]);
  const value = Number(draft);
  const valid = draft.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= MAX_RESULT_HOLD_SECONDS;
  return (
    <form
      className="screen-panel-section screen-hold-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onSave(value);
      }}
    >
      <label>
        {t('screen.resultHold')}
        <input
          type="number"
          min={0}
          max={MAX_RESULT_HOLD_SECONDS}
          step={1}
          value={draft}
          disabled={!canChange}
          data-testid="screen-result-hold"
          onChange={(event) => setDraft(event.target.value)}
        />
      </label>
      <button type="submit" className="button" disabled={!canChange || !valid || value === seconds}>
        {t('screen.resultHoldSave')}
      </button>
    </form>
  );
}
