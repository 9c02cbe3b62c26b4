import type { SessionState } from '../../shared/protocol';
import { seatPrincipalId } from '../../shared/core';
import { useT } from '../ui/language';
import { splitNotVoted } from './notVotedSeats';
import { seatList } from './seatLabel';

interface NotVotedListProps {
  seats: SessionState['seats'];
  notVoted: readonly number[];
  online: readonly string[];
}

/** Who has not voted yet in an open vote: present delegates to wait for, apart from seats with no device. */
export function NotVotedList({ seats, notVoted, online }: NotVotedListProps) {
  const t = useT();
  const { present, absent } = splitNotVoted(notVoted, online);
  return (
    <div className="vote-not-voted" data-testid="vote-not-voted">
      {notVoted.length === 0 ? (
        <p>{t('vote.everyoneVoted')}</p>
      ) : (
        <>
          <p data-testid="vote-not-voted-present">
            {present.length > 0
              ? t('vote.notVotedPresent', { count: present.length, names: seatList(seats, present) })
              : !seats.some((seat) => online.includes(seatPrincipalId(seat.seat)))
                ? t('vote.noneConnectedNotVoted')
                : t('vote.everyonePresentVoted')}
          </p>
          {absent.length > 0 && (
            <p className="vote-not-voted-absent" data-testid="vote-not-voted-absent">
              {t('vote.notVotedAbsent', { count: absent.length, names: seatList(seats, absent) })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
