/**
 * The count report (biên bản kiểm phiếu) of a secret election or confidence
 * vote: the ballots issued (the seated delegates present when the vote
 * opened: its base), returned (ballots cast), valid and invalid, then per
 * candidate or official the votes and their percentage of the seated
 * delegates, the verdict, and the vote-counting board with its signatures.
 *
 * Valid and invalid: an electronic ballot is checked when it is cast (the
 * vote open, the delegate's own seat, choices on the ballot, no more than the
 * seats to fill), and a ballot the hub refused is never stored, so it is not
 * "returned". Every returned ballot is therefore valid; a ballot that chose
 * nobody is valid too (the delegate crossed out every name).
 */
import { computeResult } from '../../shared/core';
import { isSecretByLaw } from '../../shared/protocol';
import type { CountedVote, VoteInfo } from '../../shared/protocol';
import type { MinutesBlock, MinutesDocument, MinutesSignature } from './minutesDocument';
import type { MinutesContext } from './minutesContext';
import { MinutesError } from './minutesError';
import { minutesHeader } from './minutesHeader';
import { percentOfSeated } from './minutesFormat';
import { dateOfMoment, timeOfDay } from './minutesTime';
import { ruleLine, verdictWords } from './voteWords';

/** Whether the vote has a count report: a secret election or confidence vote whose ballots were counted. */
export function hasCountReport(vote: VoteInfo): vote is CountedVote {
  return isSecretByLaw(vote.kind) && vote.secret && (vote.status === 'closed' || vote.status === 'published') && vote.tally !== null;
}

function boardBlocks(context: MinutesContext, voteId: string): { blocks: MinutesBlock[]; signatures: MinutesSignature[] } {
  const { t } = context;
  const members = context.facts.state.countingBoards[voteId]?.members ?? [];
  const ordered = [...members.filter((member) => member.role === 'head'), ...members.filter((member) => member.role !== 'head')];
  const blocks: MinutesBlock[] = [{ kind: 'heading', level: 2, text: t('minutes.countReport.board') }];
  if (ordered.length === 0) {
    blocks.push({ kind: 'paragraph', italic: true, text: t('minutes.countReport.noBoard') });
    return { blocks, signatures: [{ title: t('minutes.signature.boardHead'), name: '' }] };
  }
  blocks.push({
    kind: 'table',
    columns: [
      { title: t('minutes.column.number'), width: 0.1, align: 'center' },
      { title: t('minutes.column.fullName'), width: 0.6, align: 'left' },
      { title: t('minutes.column.boardRole'), width: 0.3, align: 'left' },
    ],
    rows: ordered.map((member, index) => [String(index + 1), member.name, t(member.role === 'head' ? 'minutes.countReport.head' : 'minutes.countReport.member')]),
  });
  const signatures = ordered.map((member) => ({ title: t(member.role === 'head' ? 'minutes.signature.boardHead' : 'minutes.signature.boardMember'), name: member.name }));
  if (!ordered.some((member) => member.role === 'head')) signatures.unshift({ title: t('minutes.signature.boardHead'), name: '' });
  return { blocks, signatures };
}

function resultTable(context: MinutesContext, vote: CountedVote): MinutesBlock {
  const { t, language } = context;
  const result = computeResult(vote);
  const seated = vote.seated;
  const share = (count: number) => t('minutes.countReport.share', { count, percent: percentOfSeated(language, count, seated) });
  const rows = (result?.rows ?? []).map((row, index) => {
    const shares = row.options.map((option) => share(option.count));
    return [String(index + 1), row.label, ...shares, verdictWords(t, vote, row)];
  });
  const optionColumns = vote.options.map((option) => ({ title: vote.kind === 'election' ? t('minutes.column.votes') : option.label, width: 0, align: 'center' as const }));
  const optionWidth = (vote.kind === 'election' ? 0.3 : 0.45) / Math.max(1, optionColumns.length);
  return {
    kind: 'table',
    columns: [
      { title: t('minutes.column.number'), width: 0.08, align: 'center' },
      { title: t(vote.kind === 'election' ? 'vote.candidate' : 'vote.official'), width: vote.kind === 'election' ? 0.37 : 0.27, align: 'left' },
      ...optionColumns.map((column) => ({ ...column, width: optionWidth })),
      { title: t('vote.verdictHeading'), width: vote.kind === 'election' ? 0.25 : 0.2, align: 'left' },
    ],
    rows,
  };
}

export function buildCountReport(context: MinutesContext, voteId: string): Omit<MinutesDocument, 'record' | 'locale'> {
  const { t, facts } = context;
  const session = facts.state.session;
  const vote = facts.state.votes.find((candidate) => candidate.id === voteId);
  if (!session || !vote || !hasCountReport(vote)) throw new MinutesError('no_vote', `No counted secret election or confidence vote ${voteId}`);
  const returned = vote.tally?.participants ?? 0;
  const board = boardBlocks(context, vote.id);
  const blocks: MinutesBlock[] = [
    { kind: 'paragraph', text: t('minutes.countReport.session', { session: session.title, council: session.council }) },
    { kind: 'paragraph', text: t('minutes.countReport.when', { time: timeOfDay(t, vote.openedAt), date: dateOfMoment(t, vote.openedAt) }) },
    ...(session.place.trim() === '' ? [] : [{ kind: 'paragraph' as const, text: t('minutes.venue', { place: session.place.trim() }) }]),
    ...board.blocks,
    { kind: 'heading', level: 2, text: t('minutes.countReport.results') },
    {
      kind: 'list',
      items: [
        t('minutes.countReport.seated', { count: vote.seated }),
        t('minutes.countReport.issued', { count: vote.present }),
        t('minutes.countReport.returned', { count: returned }),
        t('minutes.countReport.valid', { count: returned }),
        t('minutes.countReport.invalid', { count: 0 }),
      ],
    },
    { kind: 'paragraph', text: ruleLine(t, vote) },
    resultTable(context, vote),
  ];
  if (vote.status === 'closed') blocks.push({ kind: 'paragraph', italic: true, text: t('minutes.vote.notPublished') });
  return {
    header: minutesHeader(t, session, vote.closedAt, 'minutes.countReportNumber'),
    title: [t('minutes.countReport.title'), vote.title],
    blocks,
    signatures: board.signatures,
  };
}
