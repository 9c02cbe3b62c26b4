import type { SessionState } from '../../shared/protocol';
import { useT } from '../ui/language';

interface CurrentItemBarProps {
  state: SessionState;
  busy: boolean;
  onSetCurrent(itemId: string | null): void;
}

/** The item under way, with one button to move to the next and one to clear it. */
export function CurrentItemBar({ state, busy, onSetCurrent }: CurrentItemBarProps) {
  const t = useT();
  const currentIndex = state.agenda.findIndex((item) => item.id === state.currentItemId);
  const current = state.agenda[currentIndex];
  const next = state.agenda[currentIndex + 1];
  return (
    <div className="current-bar" data-testid="console-current">
      <span className="current-bar-label">{t('agenda.current')}:</span>
      <span className="current-bar-title">{current ? `${currentIndex + 1}. ${current.title}` : t('agenda.noCurrent')}</span>
      {next && (
        <button type="button" className="button button-primary" disabled={busy} onClick={() => onSetCurrent(next.id)}>
          {current ? t('console.nextItem') : t('console.startFirst')}
        </button>
      )}
      {current && (
        <button type="button" className="button" disabled={busy} onClick={() => onSetCurrent(null)}>
          {t('console.clearCurrent')}
        </button>
      )}
    </div>
  );
}
