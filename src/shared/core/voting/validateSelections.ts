/** Whether a ballot's choices fit its vote: the right rows, options on the ballot, not too many. */
import type { Selection, VoteInfo } from '../../protocol';

export type SelectionProblem = { code: 'invalid_choice' | 'too_many_choices'; message: string } | null;

export function validateSelections(vote: VoteInfo, selections: readonly Selection[]): SelectionProblem {
  const rows = new Set(vote.rows.map((row) => row.id));
  const options = new Set(vote.options.map((option) => option.id));
  const seen = new Set<string>();
  for (const selection of selections) {
    if (!rows.has(selection.row)) return { code: 'invalid_choice', message: `${selection.row} is not on this ballot` };
    if (!options.has(selection.option)) return { code: 'invalid_choice', message: `${selection.option} is not an option of this ballot` };
    if (seen.has(selection.row)) return { code: 'invalid_choice', message: `${selection.row} is chosen twice` };
    seen.add(selection.row);
  }
  switch (vote.kind) {
    case 'resolution':
      return selections.length === 1 ? null : { code: 'invalid_choice', message: 'A resolution ballot has exactly one answer' };
    case 'election':
      return selections.length <= vote.maxChoices ? null : { code: 'too_many_choices', message: `At most ${vote.maxChoices} candidates may be chosen` };
    case 'confidence':
      return selections.length === vote.rows.length ? null : { code: 'invalid_choice', message: 'A confidence ballot answers for every official' };
    case 'hands':
      return { code: 'invalid_choice', message: 'A show of hands takes no ballots' };
  }
}
