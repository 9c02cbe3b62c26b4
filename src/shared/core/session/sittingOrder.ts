import type { Sitting, SittingPeriod } from '../../protocol';

const PERIOD_RANK: Record<SittingPeriod, number> = { allDay: 0, morning: 0, afternoon: 1 };

/** Sittings in the order they are held: by date, then morning before afternoon; ties keep their order. */
export function chronologicalSittings(sittings: readonly Sitting[]): Sitting[] {
  return sittings
    .map((sitting, index) => ({ sitting, index }))
    .sort((a, b) => a.sitting.date.localeCompare(b.sitting.date) || PERIOD_RANK[a.sitting.period] - PERIOD_RANK[b.sitting.period] || a.index - b.index)
    .map(({ sitting }) => sitting);
}
