import type { AgendaItem, SessionState, Sitting } from '../../shared/protocol';

export interface SittingGroup {
  sitting: Sitting | null;
  /** Items with their position in the whole agenda (0-based). */
  items: Array<{ item: AgendaItem; index: number }>;
}

/** Groups the agenda by sitting, in agenda order, keeping every item's overall number. */
export function agendaBySitting(state: SessionState): SittingGroup[] {
  const groups: SittingGroup[] = [];
  state.agenda.forEach((item, index) => {
    const last = groups[groups.length - 1];
    if (last && last.sitting?.id === item.sittingId) last.items.push({ item, index });
    else groups.push({ sitting: state.sittings.find((sitting) => sitting.id === item.sittingId) ?? null, items: [{ item, index }] });
  });
  return groups;
}
