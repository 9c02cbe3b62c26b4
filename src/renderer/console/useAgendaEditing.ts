/** Which agenda item the secretary is adding or editing, and saving or deleting one. */
import { useState } from 'react';
import type { AgendaItem } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useT } from '../ui/language';
import type { AgendaItemDraft } from './AgendaItemForm';
import { useFeedback } from './feedback';
import { useCommand } from './useCommand';

export type AgendaEditing = { mode: 'add' } | { mode: 'edit'; itemId: string } | null;

export function useAgendaEditing(connection: SessionConnection) {
  const t = useT();
  const { run, busy } = useCommand(connection);
  const showFeedback = useFeedback((feedback) => feedback.show);
  const [editing, setEditing] = useState<AgendaEditing>(null);

  /** Saves the form being edited; true when the hub took it and the form can close. */
  async function save(draft: AgendaItemDraft): Promise<boolean> {
    if (!editing) return false;
    const outcome =
      editing.mode === 'add'
        ? await run({ type: 'agenda.add', ...draft })
        : await run({ type: 'agenda.update', itemId: editing.itemId, changes: draft });
    if (outcome.ok) {
      showFeedback('ok', t('console.saved'));
      setEditing(null);
    }
    return outcome.ok;
  }

  /** Deletes an item once the secretary confirms. */
  function remove(item: AgendaItem) {
    if (window.confirm(t('console.confirmDelete', { title: item.title }))) void run({ type: 'agenda.remove', itemId: item.id });
  }

  return { editing, setEditing, save, remove, run, busy };
}
