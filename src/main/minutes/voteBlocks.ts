/**
 * Every vote of the scope in the National Assembly's form: the figures the
 * chair published (the core's result of the vote's own tally, never counted
 * again here), each as a count of the seated delegates and its percentage,
 * then the verdict. Open votes add who voted what; secret ones only how many
 * took part. Cancelled votes appear with their reason; elections and
 * confidence votes refer to their count report.
 */
import { computeResult, quorumNeeded } from '../../shared/core';
import type { VoteResult } from '../../shared/core';
import type { CountedVote, NamedBallot, VoteInfo } from '../../shared/protocol';
import type { MinutesBlock } from './minutesDocument';
import type { MinutesContext } from './minutesContext';
import { seatName, votesInScope } from './minutesContext';
import { percentOfSeated } from './minutesFormat';
import { timeOfDay } from './minutesTime';
import { isBallotKind, mannerLine, ruleLine, verdictWords } from './voteWords';

function figuresLine(context: MinutesContext, label: string, count: number, seated: number): string {
  return context.t('minutes.vote.figure', { label, count, seated, percent: percentOfSeated(context.language, count, seated) });
}

function resultBlocks(context: MinutesContext, vote: CountedVote, result: VoteResult): MinutesBlock[] {
  const { t } = context;
  const seated = result.bases.seated;
  const taking = t(isBallotKind(vote.kind) ? 'vote.takingBallot' : 'vote.taking');
  const lines = [figuresLine(context, taking, result.participants.count, seated)];
  if (vote.kind === 'resolution' || vote.kind === 'hands') {
    const motion = result.rows[0];
    for (const option of motion?.options ?? []) lines.push(figuresLine(context, option.label, option.count, seated));
    const blocks: MinutesBlock[] = [{ kind: 'list', items: lines }];
    if (motion) blocks.push({ kind: 'paragraph', bold: true, text: t('minutes.vote.verdict', { verdict: verdictWords(t, vote, motion) }) });
    return blocks;
  }
  for (const row of result.rows) {
    if (vote.kind === 'election') {
      const votes = row.options[0]?.count ?? 0;
      lines.push(t('minutes.vote.electionRow', { name: row.label, count: votes, seated, percent: percentOfSeated(context.language, votes, seated), verdict: verdictWords(t, vote, row) }));
      continue;
    }
    const figures = row.options.map((option) => t('minutes.vote.optionShare', { label: option.label, count: option.count, percent: percentOfSeated(context.language, option.count, seated) }));
    lines.push(t('minutes.vote.rowResult', { name: row.label, figures: figures.join('; '), verdict: verdictWords(t, vote, row) }));
  }
  return [{ kind: 'list', items: lines }, { kind: 'paragraph', italic: true, text: t('minutes.vote.seeCountReport', { title: vote.title }) }];
}

function namedBlocks(context: MinutesContext, vote: CountedVote, named: NamedBallot[]): MinutesBlock[] {
  const { t } = context;
  const optionLabel = (id: string) => vote.options.find((option) => option.id === id)?.label ?? id;
  const ordered = named.slice().sort((a, b) => a.seat - b.seat);
  const rows = ordered.map((ballot, index) => [String(index + 1), seatName(context, ballot.seat), ballot.selections.map((selection) => optionLabel(selection.option)).join(', ')]);
  const blocks: MinutesBlock[] = [
    { kind: 'paragraph', text: t('minutes.vote.namedList') },
    {
      kind: 'table',
      columns: [
        { title: t('minutes.column.number'), width: 0.1, align: 'center' },
        { title: t('minutes.column.delegate'), width: 0.6, align: 'left' },
        { title: t('minutes.column.choice'), width: 0.3, align: 'left' },
      ],
      rows,
    },
  ];
  const voted = new Set(named.map((ballot) => ballot.seat));
  const absent = context.facts.state.seats
    .filter((seat) => (seat.vacantFrom === undefined || seat.vacantFrom > vote.openedAt) && !voted.has(seat.seat))
    .sort((a, b) => a.seat - b.seat)
    .map((seat) => seat.name);
  if (absent.length > 0) blocks.push({ kind: 'paragraph', text: t('minutes.vote.didNotVote', { count: absent.length, names: absent.join('; ') }) });
  return blocks;
}

function oneVote(context: MinutesContext, vote: VoteInfo, number: number): MinutesBlock[] {
  const { t } = context;
  const blocks: MinutesBlock[] = [
    { kind: 'heading', level: 3, text: t('minutes.numbered', { number, title: vote.title }) },
    { kind: 'paragraph', text: mannerLine(t, vote) },
    { kind: 'paragraph', text: ruleLine(t, vote) },
  ];
  if (vote.status === 'created') return blocks;
  blocks.push({ kind: 'paragraph', text: t('minutes.vote.openedAt', { time: timeOfDay(t, vote.openedAt), present: vote.present, seated: vote.seated }) });
  if (!vote.quorumMet) blocks.push({ kind: 'paragraph', text: t('vote.openedWithoutQuorum', { present: vote.present, seated: vote.seated, needed: quorumNeeded(vote.quorum, vote.seated) }) });
  switch (vote.status) {
    case 'open':
      blocks.push({ kind: 'paragraph', italic: true, text: t('minutes.vote.stillOpen') });
      return blocks;
    case 'cancelled':
      blocks.push({ kind: 'paragraph', bold: true, text: t('minutes.vote.cancelled', { reason: vote.cancelReason.trim() || t('minutes.vote.noReason') }) });
      return blocks;
    case 'closed':
    case 'published': {
      const result = computeResult(vote);
      if (vote.status === 'closed') blocks.push({ kind: 'paragraph', italic: true, text: t('minutes.vote.notPublished') });
      if (result) blocks.push(...resultBlocks(context, vote, result));
      if (vote.secret) blocks.push({ kind: 'paragraph', text: t('minutes.vote.secretTookPart', { count: result?.participants.count ?? 0 }) });
      else if (vote.named) blocks.push(...namedBlocks(context, vote, vote.named));
      return blocks;
    }
  }
}

/** The votes section's blocks; empty when the scope held no vote. */
export function voteBlocks(context: MinutesContext): MinutesBlock[] {
  return votesInScope(context).flatMap((vote, index) => oneVote(context, vote, index + 1));
}
