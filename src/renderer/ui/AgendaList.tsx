import type { ReactNode } from 'react';
import type { AgendaItem, SessionState } from '../../shared/protocol';
import { agendaBySitting } from './agendaBySitting';
import { useT } from './language';
import { useDateFormat } from './useDateFormat';

interface AgendaListProps {
  state: SessionState;
  /** More to show under an item (its documents). */
  renderExtra?(item: AgendaItem): ReactNode;
}

/** The agenda grouped by sitting, with the current item marked for eyes and for VoiceOver. */
export function AgendaList({ state, renderExtra }: AgendaListProps) {
  const t = useT();
  const dates = useDateFormat();
  const groups = agendaBySitting(state);
  if (groups.length === 0) return <p className="agenda-empty">{t('agenda.empty')}</p>;
  return (
    <div className="agenda-list">
      {groups.map((group) => (
        <section key={group.sitting?.id ?? 'none'} className="agenda-sitting">
          {group.sitting && (
            <h3 className="agenda-sitting-title">
              {group.sitting.title}
              <span className="agenda-sitting-date"> · {dates.long(group.sitting.date)}</span>
            </h3>
          )}
          <ol className="agenda-items">
            {group.items.map(({ item, index }) => {
              const current = item.id === state.currentItemId;
              return (
                <li
                  key={item.id}
                  className={current ? 'agenda-item agenda-item-current' : 'agenda-item'}
                  aria-current={current ? 'step' : undefined}
                  data-testid={current ? 'agenda-item-current' : 'agenda-item'}
                >
                  <span className="agenda-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <div className="agenda-body">
                    <div className="agenda-meta">
                      <span className="kind-chip">{t(`kind.${item.kind}`)}</span>
                      {current && <span className="current-badge">{t('agenda.current')}</span>}
                    </div>
                    <div className="agenda-title">{item.title}</div>
                    {item.presenter && <div className="agenda-rapporteur">{t('agenda.rapporteur', { name: item.presenter })}</div>}
                    {renderExtra?.(item)}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
