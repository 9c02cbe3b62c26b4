import { FullMessage } from '../ui/FullMessage';
import { useT } from '../ui/language';
import { LanguageToggle } from '../ui/LanguageToggle';

export function ConsoleUnauthorized() {
  const t = useT();
  return (
    <FullMessage title={t('app.console')}>
      <p>{t('console.unauthorized')}</p>
      <div className="form-actions message-actions">
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('console.reload')}
        </button>
        <LanguageToggle />
      </div>
    </FullMessage>
  );
}
