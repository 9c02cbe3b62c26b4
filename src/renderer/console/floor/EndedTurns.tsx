/** The turns already ended in this session, latest first, with how long each spoke: what the minutes list. */
import { spokenMs } from '../../../shared/core';
import type { Turn } from '../../../shared/protocol';
import { useT } from '../../ui/language';

const SHOWN = 10;

export function EndedTurns({ turns }: { turns: readonly Turn[] }) {
  const t = useT();
  if (turns.length === 0) return null;
  return (
    <section className="floor-ended" aria-labelledby="floor-ended-title">
      <h3 id="floor-ended-title">{t('floor.ended')}</h3>
      <ol className="floor-ended-list" data-testid="floor-ended">
        {turns
          .slice(-SHOWN)
          .reverse()
          .map((turn) => {
            const seconds = Math.round(spokenMs(turn.timer, turn.endedAt ?? turn.timer.startedAt) / 1000);
            return (
              <li key={turn.id}>
                <span className="floor-ended-name">{turn.name}</span> <span className="kind-chip">{t(`floor.kind.${turn.kind}`)}</span>{' '}
                <span className="floor-ended-length">{t('floor.spoke', { minutes: Math.floor(seconds / 60), seconds: String(seconds % 60).padStart(2, '0') })}</span>
              </li>
            );
          })}
      </ol>
    </section>
  );
}
