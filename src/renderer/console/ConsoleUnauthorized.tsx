import { FullMessage } from '../ui/FullMessage';
import { useT } from '../ui/language';
import { LanguageToggle } from '../ui/LanguageToggle';

export function ConsoleUnauthorized() {
  const t = useT();
  return (
    <FullMessage title={t('app.console')}>
      <p>{t('console.unauthorized')}</p>
      <LanguageToggle />
    </FullMessage>
  );
}
