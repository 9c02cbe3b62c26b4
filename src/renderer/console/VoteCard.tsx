/**
 * One vote in the console, with what each role may do at its stage: the chair
 * opens (seeing the quorum first), closes, publishes or cancels; the secretary
 * enters a show of hands, removes a prepared vote or runs a cancelled one again.
 * While open: "x/y đã biểu quyết" and, for an open vote, who has not voted,
 * present delegates apart from absent seats. The rule is on the card throughout.
 */
import { useState } from 'react';
import { quorumMet, quorumNeeded, ruleThreshold } from '../../shared/core';
import type { Command, CommandOf, Role, SessionState, VoteInfo, VoteLabels } from '../../shared/protocol';
import type { SessionConnection } from '../client/sessionStore';
import { describeSelections } from '../ui/describeSelections';
import { useT } from '../ui/language';
import { formatSeconds, useCountdown } from '../ui/useCountdown';
import { useSessionView } from '../ui/useSessionView';
import { VoteResultTable } from '../ui/VoteResultTable';
import { isBallotKind, quorumNote, ruleSentence } from '../ui/voteWording';
import { splitNotVoted } from './notVotedSeats';
import { countOnlineSeats } from './onlineSeats';
import { useCommand } from './useCommand';

interface VoteCardProps {
  connection: SessionConnection;
  state: SessionState;
  vote: VoteInfo;
  role: Role;
}

export function VoteCard({ connection, state, vote, role }: VoteCardProps) {
  const t = useT();
  const { run, busy } = useCommand(connection);
  const progress = useSessionView(connection.store, (view) => view.voteProgress[vote.id]);
  const online = useSessionView(connection.store, (view) => view.online);
  const secondsLeft = useCountdown(vote);
  const isChair = role === 'chair';
  const isSecretary = role === 'secretary';
  const seated = state.seats.length;
  const present = countOnlineSeats(state, online);
  const needed = quorumNeeded(vote.quorum, seated);
  const hasQuorum = quorumMet(vote.quorum, seated, present);
  const nameOf = (seat: number) => state.seats.find((s) => s.seat === seat)?.name ?? `#${seat}`;
  const item = state.agenda.find((candidate) => candidate.id === vote.itemId);
  const notVoted = progress?.notVoted ?? null;
  const { present: presentNotVoted, absent: absentNotVoted } = splitNotVoted(notVoted ?? [], online);
  const seatList = (seats: number[]) => seats.map((seat) => `${seat}. ${nameOf(seat)}`).join(', ');
  const openingNote = quorumNote(t, vote);

  const open = () => {
    if (!hasQuorum && vote.quorum.mode === 'warn' && !window.confirm(t('vote.confirmNoQuorum', { present, seated, needed }))) return;
    void run({ type: 'vote.open', voteId: vote.id });
  };
  const cancel = () => {
    const reason = window.prompt(t('vote.cancelReason'))?.trim();
    if (reason) void run({ type: 'vote.cancel', voteId: vote.id, reason });
  };
  /** The chair's next step for an open or closed vote, beside cancelling it. */
  const nextStep = (label: string, command: Command) => (
    <div className="form-actions">
      <button type="button" className="button button-primary" disabled={busy} onClick={() => void run(command)}>
        {label}
      </button>
      <button type="button" className="button button-danger" disabled={busy} onClick={cancel}>
        {t('vote.cancel')}
      </button>
    </div>
  );
  const rerun = () => {
    const command: CommandOf<'vote.create'> = {
      type: 'vote.create',
      itemId: vote.itemId,
      title: vote.title,
      kind: vote.kind,
      secret: vote.secret,
      names: vote.kind === 'election' || vote.kind === 'confidence' ? vote.rows.map((row) => row.label) : [],
      maxChoices: vote.kind === 'election' ? vote.maxChoices : 1,
      rule: vote.rule,
      quorum: vote.quorum,
      durationSeconds: vote.durationSeconds,
      allowChange: vote.allowChange,
    };
    void run(command);
  };

  return (
    <article className={`vote-card vote-card-${vote.status}`} data-testid="vote-card" data-vote-id={vote.id} data-status={vote.status}>
      <header className="vote-card-header">
        <div>
          <div className="vote-card-meta">
            <span className={vote.status === 'open' ? 'vote-badge vote-badge-open' : 'vote-badge'}>{t(`vote.status.${vote.status}`)}</span>
            <span className="vote-badge">{t(`vote.kind.${vote.kind}`)}</span>
            {vote.secret && <span className="vote-badge vote-badge-secret">{t('vote.secret')}</span>}
            {secondsLeft !== null && <span className="vote-countdown">{t('vote.timeLeft', { time: formatSeconds(secondsLeft) })}</span>}
          </div>
          <h3 className="vote-card-title">{vote.title}</h3>
          {item && <div className="agenda-presenter">{item.title}</div>}
          {(vote.status === 'created' || vote.status === 'open') && (
            <p className="vote-rule" data-testid="vote-card-rule">
              {ruleSentence(t, vote, ruleThreshold(vote))}
            </p>
          )}
        </div>
      </header>

      {vote.status === 'created' && (
        <div className="vote-card-body">
          <p className={hasQuorum ? 'quorum quorum-ok' : 'quorum quorum-short'} data-testid="vote-quorum">
            {t('vote.quorumStatus', { present, seated, needed })} · {hasQuorum ? t('vote.quorumOk') : t('vote.quorumShort')}
          </p>
          <div className="form-actions">
            {isChair && (
              <button type="button" className="button button-primary" disabled={busy} onClick={open}>
                {t('vote.open')}
              </button>
            )}
            {isSecretary && (
              <button type="button" className="button button-danger" disabled={busy} onClick={() => void run({ type: 'vote.remove', voteId: vote.id })}>
                {t('vote.remove')}
              </button>
            )}
          </div>
        </div>
      )}

      {vote.status === 'open' && (
        <div className="vote-card-body">
          {vote.kind === 'hands' ? (
            isSecretary && <HandsCountForm labels={state.voteLabels} busy={busy} onSave={(counts) => void run({ type: 'vote.enterCounts', voteId: vote.id, counts })} />
          ) : (
            <>
              <p className="vote-progress" data-testid="vote-progress">
                {t(isBallotKind(vote.kind) ? 'vote.progressBallot' : 'vote.progress', { cast: progress?.cast ?? 0, eligible: progress?.eligible ?? seated })}
              </p>
              {notVoted && (
                <div className="vote-not-voted" data-testid="vote-not-voted">
                  {notVoted.length === 0 ? (
                    <p>{t('vote.everyoneVoted')}</p>
                  ) : (
                    <>
                      <p data-testid="vote-not-voted-present">
                        {presentNotVoted.length === 0 ? t('vote.everyonePresentVoted') : t('vote.notVotedPresent', { count: presentNotVoted.length, names: seatList(presentNotVoted) })}
                      </p>
                      {absentNotVoted.length > 0 && (
                        <p className="vote-not-voted-absent" data-testid="vote-not-voted-absent">
                          {t('vote.notVotedAbsent', { count: absentNotVoted.length, names: seatList(absentNotVoted) })}
                        </p>
                      )}
                    </>
                  )}
                </div>
              )}
            </>
          )}
          {openingNote && <p className="quorum quorum-short">{openingNote}</p>}
          {isChair && nextStep(t('vote.closeVote'), { type: 'vote.close', voteId: vote.id })}
        </div>
      )}

      {(vote.status === 'closed' || vote.status === 'published') && (
        <div className="vote-card-body">
          <VoteResultTable vote={vote} />
          {vote.named && vote.named.length > 0 && (
            <details className="vote-named">
              <summary>{t('vote.namedList')}</summary>
              <ol>
                {vote.named.map((ballot) => (
                  <li key={ballot.seat}>
                    {ballot.seat}. {nameOf(ballot.seat)}: {describeSelections(vote, ballot.selections)}
                  </li>
                ))}
              </ol>
            </details>
          )}
          {isChair && vote.status === 'closed' && nextStep(t('vote.publish'), { type: 'vote.publish', voteId: vote.id })}
        </div>
      )}

      {vote.status === 'cancelled' && (
        <div className="vote-card-body">
          <p className="notice">{vote.cancelReason}</p>
          {isSecretary && (
            <button type="button" className="button" disabled={busy} onClick={rerun}>
              {t('vote.rerun')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}

type HandsCountFormProps = { labels: VoteLabels; busy: boolean; onSave(counts: { for: number; against: number; abstain: number }): void };

function HandsCountForm({ labels, busy, onSave }: HandsCountFormProps) {
  const t = useT();
  const [counts, setCounts] = useState({ for: '', against: '', abstain: '' });
  const values = { for: Number(counts.for || 0), against: Number(counts.against || 0), abstain: Number(counts.abstain || 0) };
  const valid = Object.values(values).every((value) => Number.isInteger(value) && value >= 0);
  return (
    <form
      className="hands-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onSave(values);
      }}
    >
      <strong>{t('vote.enterCounts')}</strong>
      {(['for', 'against', 'abstain'] as const).map((key) => (
        <label key={key} className="field">
          <span>{labels[key]}</span>
          <input inputMode="numeric" value={counts[key]} onChange={(event) => setCounts({ ...counts, [key]: event.target.value })} data-testid={`hands-${key}`} />
        </label>
      ))}
      <button type="submit" className="button button-primary" disabled={busy || !valid}>
        {t('vote.saveCounts')}
      </button>
    </form>
  );
}
