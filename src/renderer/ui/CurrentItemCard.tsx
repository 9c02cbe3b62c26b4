import type { SessionState } from '../../shared/protocol';
import { useT } from './language';

/** The item being taken now, large. */
export function CurrentItemCard({ state }: { state: SessionState }) {
  const t = useT();
  const index = state.agenda.findIndex((item) => item.id === state.currentItemId);
  const item = state.agenda[index];
  return (
    <section className="current-card" aria-live="polite" data-testid="current-item">
      <div className="current-card-label">{t('agenda.current')}</div>
      {item ? (
        <>
          <h2 className="current-card-title" data-testid="current-item-title">
            <span className="current-card-number">{index + 1}.</span> {item.title}
          </h2>
          <div className="current-card-meta">
            <span className="kind-chip">{t(`kind.${item.kind}`)}</span>
            {item.presenter && <span>{t('agenda.rapporteur', { name: item.presenter })}</span>}
          </div>
        </>
      ) : (
        <h2 className="current-card-title current-card-none" data-testid="current-item-title">
          {t('agenda.noCurrent')}
        </h2>
      )}
    </section>
  );
}
