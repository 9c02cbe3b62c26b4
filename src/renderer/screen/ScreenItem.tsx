/** The current item, large: its number and kind, title, sitting and presenter; or "Kỳ họp sắp bắt đầu" before the first. */
import { useRef } from 'react';
import type { SessionState } from '../../shared/protocol';
import { useDateFormat } from '../ui/useDateFormat';
import { useLanguage, useT } from '../ui/language';
import { useFitText } from './useFitText';

/** The title's font size to start from: readable from the back of the hall on a 1920-pixel projector (96 px). */
const largestFontFor = (viewportWidth: number) => Math.max(16, viewportWidth / 20);

export function ScreenItem({ state }: { state: SessionState }) {
  const t = useT();
  const dates = useDateFormat();
  const language = useLanguage((current) => current.language);
  const box = useRef<HTMLElement>(null);
  const index = state.agenda.findIndex((item) => item.id === state.currentItemId);
  const item = state.agenda[index];
  const sitting = item ? state.sittings.find((candidate) => candidate.id === item.sittingId) : undefined;
  useFitText(box, `${item?.id ?? ''}:${item?.title ?? ''}:${item?.presenter ?? ''}:${language}`, largestFontFor);
  return (
    <main ref={box} className="screen-main screen-fitted" aria-live="polite" data-testid="screen-item">
      <div className="screen-fitted-body">
        {item ? (
          <>
            <div className="screen-kind">
              {t('agenda.itemNumber', { n: index + 1 })} · {t(`kind.${item.kind}`)}
            </div>
            <h2 className="screen-item" data-testid="current-item-title">
              {item.title}
            </h2>
            {item.presenter && <div className="screen-rapporteur">{t('agenda.rapporteur', { name: item.presenter })}</div>}
            {sitting && (
              <div className="screen-sitting" data-testid="screen-sitting">
                {sitting.title} · {dates.long(sitting.date)}
              </div>
            )}
          </>
        ) : (
          <h2 className="screen-item screen-waiting" data-testid="current-item-title">
            {t('screen.waiting')}
          </h2>
        )}
      </div>
    </main>
  );
}
