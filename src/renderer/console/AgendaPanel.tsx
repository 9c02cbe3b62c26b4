/** The agenda as the secretary runs it: set the current item, and add, edit, reorder or delete items. */
import { useState } from 'react';
import type { AgendaItem, SessionState } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { agendaBySitting } from '../ui/agendaBySitting';
import { useT } from '../ui/language';
import { AgendaItemForm, draftOf } from './AgendaItemForm';
import type { AgendaItemDraft } from './AgendaItemForm';
import { useFeedback } from './feedback';
import { ItemDocuments } from './ItemDocuments';
import { useCommand } from './useCommand';

interface AgendaPanelProps {
  connection: SessionConnection;
  state: SessionState;
  canEdit: boolean;
  onPresent(documentId: string): void;
}

type Editing = { mode: 'add' } | { mode: 'edit'; itemId: string } | null;

export function AgendaPanel({ connection, state, canEdit, onPresent }: AgendaPanelProps) {
  const t = useT();
  const { run, busy } = useCommand(connection);
  const show = useFeedback((s) => s.show);
  const [editing, setEditing] = useState<Editing>(null);
  const last = state.agenda.length - 1;

  async function save(draft: AgendaItemDraft): Promise<boolean> {
    if (!editing) return false;
    const outcome =
      editing.mode === 'add'
        ? await run({ type: 'agenda.add', ...draft })
        : await run({ type: 'agenda.update', itemId: editing.itemId, changes: draft });
    if (outcome.ok) {
      show('ok', t('console.saved'));
      setEditing(null);
    }
    return outcome.ok;
  }

  function remove(item: AgendaItem) {
    if (window.confirm(t('console.confirmDelete', { title: item.title }))) void run({ type: 'agenda.remove', itemId: item.id });
  }

  const firstSitting = state.sittings[0];
  const currentIndex = state.agenda.findIndex((item) => item.id === state.currentItemId);
  const current = state.agenda[currentIndex];
  const next = state.agenda[currentIndex + 1];
  return (
    <div className="agenda-panel">
      <div className="current-bar" data-testid="console-current">
        <span className="current-bar-label">{t('agenda.current')}:</span>
        <span className="current-bar-title">{current ? `${currentIndex + 1}. ${current.title}` : t('agenda.noCurrent')}</span>
        {next && (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void run({ type: 'agenda.setCurrent', itemId: next.id })}>
            {current ? t('console.nextItem') : t('console.startFirst')}
          </button>
        )}
        {current && (
          <button type="button" className="button" disabled={busy} onClick={() => void run({ type: 'agenda.setCurrent', itemId: null })}>
            {t('console.clearCurrent')}
          </button>
        )}
      </div>
      <div className="panel-toolbar">
        <h2>{t('agenda.title')}</h2>
        {canEdit && firstSitting && (
          <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'add' })} disabled={editing !== null}>
            {t('console.addItem')}
          </button>
        )}
      </div>
      {editing?.mode === 'add' && firstSitting && (
        <AgendaItemForm
          initial={{ sittingId: state.sittings[state.sittings.length - 1]?.id ?? firstSitting.id, title: '', kind: 'report', presenter: '', notes: '' }}
          sittings={state.sittings}
          busy={busy}
          onSubmit={save}
          onCancel={() => setEditing(null)}
        />
      )}
      {agendaBySitting(state).map((group) => (
        <section key={group.sitting?.id ?? 'none'} className="console-sitting">
          <h3>{group.sitting ? `${group.sitting.title} · ${group.sitting.date.split('-').reverse().join('/')}` : ''}</h3>
          <ol className="console-items">
            {group.items.map(({ item, index }) => {
              const current = item.id === state.currentItemId;
              if (editing?.mode === 'edit' && editing.itemId === item.id) {
                return (
                  <li key={item.id} className="console-item console-item-editing">
                    <AgendaItemForm initial={draftOf(item)} sittings={state.sittings} busy={busy} onSubmit={save} onCancel={() => setEditing(null)} />
                  </li>
                );
              }
              return (
                <li key={item.id} className={current ? 'console-item console-item-current' : 'console-item'} data-testid="console-item" data-item-id={item.id}>
                  <span className="agenda-number">{index + 1}</span>
                  <div className="console-item-body">
                    <div className="agenda-meta">
                      <span className="kind-chip">{t(`kind.${item.kind}`)}</span>
                      {current && <span className="current-badge">{t('console.isCurrent')}</span>}
                    </div>
                    <div className="agenda-title">{item.title}</div>
                    {item.presenter && <div className="agenda-presenter">{t('agenda.presenter', { name: item.presenter })}</div>}
                    {item.notes && <div className="console-item-notes">{item.notes}</div>}
                    <ItemDocuments connection={connection} state={state} item={item} canEdit={canEdit} onPresent={onPresent} />
                  </div>
                  <div className="console-item-actions">
                    {!current && (
                      <button type="button" className="button button-primary" disabled={busy} onClick={() => void run({ type: 'agenda.setCurrent', itemId: item.id })}>
                        {t('console.setCurrent')}
                      </button>
                    )}
                    {canEdit && (
                      <div className="console-item-edit">
                        <button type="button" className="button button-small" aria-label={`${t('console.moveUp')}: ${item.title}`} disabled={busy || index === 0} onClick={() => void run({ type: 'agenda.move', itemId: item.id, toIndex: index - 1 })}>
                          ↑ {t('console.moveUp')}
                        </button>
                        <button type="button" className="button button-small" aria-label={`${t('console.moveDown')}: ${item.title}`} disabled={busy || index === last} onClick={() => void run({ type: 'agenda.move', itemId: item.id, toIndex: index + 1 })}>
                          ↓ {t('console.moveDown')}
                        </button>
                        <button type="button" className="button button-small" onClick={() => setEditing({ mode: 'edit', itemId: item.id })} disabled={editing !== null}>
                          {t('console.edit')}
                        </button>
                        <button type="button" className="button button-small button-danger" disabled={busy} onClick={() => remove(item)}>
                          {t('console.delete')}
                        </button>
                      </div>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      {state.agenda.length === 0 && <p className="agenda-empty">{t('agenda.empty')}</p>}
    </div>
  );
}
