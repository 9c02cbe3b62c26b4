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

export function formatSittingDate(date: string, language: 'vi' | 'en'): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString(language === 'vi' ? 'vi-VN' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
