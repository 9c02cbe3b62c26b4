/** "Có mặt 27/30" and the quorum light for the sitting in progress, in the console's header (secretary and chair). */
import { rollFigures, sittingInProgress } from '../../../shared/core';
import type { SessionState } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import './roll.css';

export function RollFigure({ state }: { state: SessionState }) {
  const t = useT();
  const sittingId = sittingInProgress(state);
  if (sittingId === null) {
    return (
      <span className="roll-figure roll-figure-idle" data-testid="roll-figure" data-quorum="none">
        {t('roll.noSitting')}
      </span>
    );
  }
  const figures = rollFigures(state, sittingId);
  const met = figures.quorumMet;
  return (
    <span className={met ? 'roll-figure roll-quorum-met' : 'roll-figure roll-quorum-short'} data-testid="roll-figure" data-quorum={met ? 'met' : 'short'}>
      <span className="roll-light" aria-hidden="true" />
      <strong data-testid="roll-present">{t('roll.figure', { present: figures.present, seated: figures.seated })}</strong>
      <span data-testid="roll-quorum">{met ? t('roll.quorumMet', { needed: figures.needed }) : t('roll.quorumShort', { needed: figures.needed })}</span>
    </span>
  );
}
