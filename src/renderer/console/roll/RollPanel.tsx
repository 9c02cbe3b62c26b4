/**
 * The roll tab: a sitting's attendance as a seat map. Each card shows the seat's
 * delegate, the connection, the mark, a request to speak and the open vote; the secretary taps a card to
 * set the mark, and is offered to mark "đã rời" for a delegate gone for a long time.
 */
import { useState } from 'react';
import { attendanceEntryOf, chronologicalSittings, countsAsPresent, isSeatedAt, seatPrincipalId, sittingInProgress } from '../../../shared/core';
import type { Command, SessionState } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useDateFormat } from '../../ui/useDateFormat';
import { useT } from '../../ui/language';
import { useSessionView } from '../../ui/useSessionView';
import { useCommand } from '../useCommand';
import { LONG_ABSENCE_MS } from './connectionDrops';
import { MarkDialog } from './MarkDialog';
import { defaultRollSitting, summarizeRoll } from './rollSummary';
import { SeatCard } from './SeatCard';
import { useConnectionDrops } from './useConnectionDrops';
import './roll.css';

export function RollPanel({ connection, state, canMark }: { connection: SessionConnection; state: SessionState; canMark: boolean }) {
  const t = useT();
  const dates = useDateFormat();
  const online = useSessionView(connection.store, (view) => view.online);
  const progress = useSessionView(connection.store, (view) => view.voteProgress);
  const { drops, now } = useConnectionDrops(online);
  const { run, busy } = useCommand(connection);
  const [chosenSitting, setChosenSitting] = useState<string | null>(null);
  const [editing, setEditing] = useState<number | null>(null);

  const sittingId = chosenSitting ?? defaultRollSitting(state);
  const sitting = state.sittings.find((candidate) => candidate.id === sittingId);
  if (!sitting) return <p className="panel-hint">{t('roll.noSitting')}</p>;
  const inProgress = sittingInProgress(state);
  const onlineIds = new Set(online);
  const openVote = state.votes.find((vote) => vote.status === 'open');
  const notVoted = openVote ? progress[openVote.id]?.notVoted : undefined;
  const notVotedSeats = notVoted ? new Set(notVoted) : null;
  const summary = summarizeRoll(state, sitting.id);
  const seats = state.seats.filter((seat) => isSeatedAt(seat, now));
  const editedSeat = seats.find((seat) => seat.seat === editing);
  const requested = new Set(state.floor.queue.map((request) => request.seat));
  const floorOf = (seat: number) => (state.floor.turn?.seat === seat ? 'speaking' : requested.has(seat) ? 'requested' : null);

  const send = async (command: Command) => {
    const outcome = await run(command);
    if (outcome.ok) setEditing(null);
  };

  return (
    <div className="roll-panel">
      <div className="panel-toolbar">
        <h2>{t('roll.tab')}</h2>
        <label className="roll-sitting-picker">
          {t('roll.sitting')}
          <select value={sitting.id} onChange={(event) => setChosenSitting(event.target.value)} data-testid="roll-sitting">
            {chronologicalSittings(state.sittings).map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title} — {dates.short(candidate.date)} {candidate.id === inProgress ? t('roll.inProgress') : ''}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="roll-summary" data-testid="roll-summary">
        {t('roll.summary', { present: summary.present, excused: summary.excused, unexcused: summary.unexcused, unmarked: summary.unmarked })}
      </p>
      <div className="seat-map" data-testid="seat-map">
        {seats.map((seat) => {
          const entry = attendanceEntryOf(state, sitting.id, seat.seat);
          const principalId = seatPrincipalId(seat.seat);
          const isOnline = onlineIds.has(principalId);
          const droppedAt = drops[principalId];
          const longGone = !isOnline && droppedAt !== undefined && now - droppedAt >= LONG_ABSENCE_MS;
          const offerLeft = canMark && longGone && entry !== undefined && countsAsPresent(entry);
          return (
            <SeatCard
              key={seat.seat}
              seat={seat}
              entry={entry}
              online={isOnline}
              droppedAt={droppedAt}
              now={now}
              voted={notVotedSeats ? !notVotedSeats.has(seat.seat) : null}
              floor={floorOf(seat.seat)}
              onOpen={() => canMark && setEditing(seat.seat)}
              onMarkLeft={
                offerLeft && entry
                  ? () =>
                      void send({
                        type: 'attendance.set',
                        sittingId: sitting.id,
                        seat: seat.seat,
                        mark: entry.mark,
                        ...(entry.lateAt !== null ? { lateAt: entry.lateAt } : {}),
                        leftAt: Math.max(droppedAt ?? now, entry.lateAt ?? 0),
                      })
                  : null
              }
            />
          );
        })}
      </div>
      {editedSeat && (
        <MarkDialog
          key={`${sitting.id}-${editedSeat.seat}`}
          seat={editedSeat}
          sittingId={sitting.id}
          sittingDate={sitting.date}
          entry={attendanceEntryOf(state, sitting.id, editedSeat.seat)}
          busy={busy}
          onSend={(command) => void send(command)}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
