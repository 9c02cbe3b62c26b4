import { FullMessage } from '../ui/FullMessage';
import { useT } from '../ui/language';
import { LanguageToggle } from '../ui/LanguageToggle';

export function UnpairedMessage({ revoked = false }: { revoked?: boolean }) {
  const t = useT();
  return (
    <FullMessage title={revoked ? t('delegate.revoked.title') : t('delegate.unpaired.title')}>
      <p>{revoked ? t('delegate.revoked.body') : t('delegate.unpaired.body')}</p>
      <LanguageToggle />
    </FullMessage>
  );
}
