import type { Selection, VoteInfo } from '../../shared/protocol';

/** A ballot's choices in words: "Tán thành", or the chosen candidates, or each official's rating. */
export function describeSelections(vote: Pick<VoteInfo, 'kind' | 'rows' | 'options'>, selections: readonly Selection[]): string {
  const rowLabel = (id: string) => vote.rows.find((row) => row.id === id)?.label ?? id;
  const optionLabel = (id: string) => vote.options.find((option) => option.id === id)?.label ?? id;
  if (vote.kind === 'election') return selections.length === 0 ? '—' : selections.map((s) => rowLabel(s.row)).join(', ');
  if (vote.kind === 'confidence') return selections.map((s) => `${rowLabel(s.row)}: ${optionLabel(s.option)}`).join('; ');
  return selections.map((s) => optionLabel(s.option)).join(', ');
}
