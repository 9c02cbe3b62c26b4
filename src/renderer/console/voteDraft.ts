/**
 * The vote form's fields as typed, and the `vote.create` command they make.
 * The form shows the first problem found; the hub checks everything again.
 */
import { isValidVoteDuration } from '../../shared/core';
import type { PlainMessageKey } from '../../shared/i18n/translate';
import type { CommandOf, Quorum, VoteKind } from '../../shared/protocol';
import { isSecretByLaw } from '../../shared/protocol';
import { RULE_PRESETS } from './votePresets';
import type { RulePreset } from './votePresets';

export interface VoteDraft {
  kind: VoteKind;
  title: string;
  itemId: string | null;
  secret: boolean;
  /** Candidates or officials, one per line. */
  names: string;
  maxChoices: number;
  preset: RulePreset;
  quorumMode: Quorum['mode'];
  /** Seconds as typed; empty for no time limit. */
  duration: string;
  allowChange: boolean;
}

export function emptyVoteDraft(itemId: string | null): VoteDraft {
  return {
    kind: 'resolution',
    title: '',
    itemId,
    secret: false,
    names: '',
    maxChoices: 1,
    preset: 'half_seated',
    quorumMode: 'warn',
    duration: '',
    allowChange: false,
  };
}

/** Elections list candidates and confidence votes list officials; the other kinds have no names. */
export function needsNames(kind: VoteKind): boolean {
  return kind === 'election' || kind === 'confidence';
}

/** The label of the names field, which is also the problem shown when it is empty. */
export function namesLabelKey(kind: VoteKind): PlainMessageKey {
  return kind === 'election' ? 'vote.field.names.election' : 'vote.field.names.confidence';
}

export type VoteDraftOutcome = { ok: true; command: CommandOf<'vote.create'> } | { ok: false; problem: PlainMessageKey };

/** The command for a draft, or the first problem with it. A show of hands is never secret; elections and confidence votes always are. */
export function voteCreateFromDraft(draft: VoteDraft): VoteDraftOutcome {
  const names = draft.names
    .split('\n')
    .map((name) => name.trim())
    .filter(Boolean);
  const seconds = draft.duration.trim() === '' ? null : Number(draft.duration);
  if (draft.title.trim() === '') return { ok: false, problem: 'console.titleRequired' };
  if (needsNames(draft.kind) && names.length === 0) return { ok: false, problem: namesLabelKey(draft.kind) };
  if (seconds !== null && !isValidVoteDuration(seconds)) return { ok: false, problem: 'vote.field.duration' };
  const secret = draft.kind === 'hands' ? false : isSecretByLaw(draft.kind) || draft.secret;
  return {
    ok: true,
    command: {
      type: 'vote.create',
      itemId: draft.itemId,
      title: draft.title.trim(),
      kind: draft.kind,
      secret,
      names: needsNames(draft.kind) ? names : [],
      maxChoices: draft.kind === 'election' ? Math.max(1, Math.min(draft.maxChoices, names.length || 1)) : 1,
      rule: RULE_PRESETS[draft.preset],
      quorum: { numerator: 2, denominator: 3, mode: draft.quorumMode },
      durationSeconds: seconds,
      allowChange: !secret && draft.allowChange,
    },
  };
}
