/** A clock on the hub's time (so every screen in the hall agrees), with the date, in the screen's time zone. */
import type { Language } from '../../shared/i18n/translate';
import { useLanguage, useT } from '../ui/language';
import { useHubNow } from '../ui/useHubNow';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const SECOND = 1000;

export function ScreenClock({ hubClockOffsetMs }: { hubClockOffsetMs: number | null }) {
  const t = useT();
  const language = useLanguage((current) => current.language);
  const hubNow = useHubNow(hubClockOffsetMs, true, SECOND / 4);
  const moment = new Date(hubNow);
  const time = new Intl.DateTimeFormat(LOCALES[language], { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(moment);
  const date = new Intl.DateTimeFormat(LOCALES[language], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(moment);
  return (
    <main className="screen-main screen-clock" aria-label={t('screen.clockLabel')} data-testid="screen-clock">
      <div className="screen-clock-time" data-testid="screen-clock-time" data-hub-time={Math.floor(hubNow / SECOND) * SECOND}>
        {time}
      </div>
      <div className="screen-clock-date">{date}</div>
    </main>
  );
}
