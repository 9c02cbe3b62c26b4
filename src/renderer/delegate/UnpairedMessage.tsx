import { FullMessage } from '../ui/FullMessage';
import { useT } from '../ui/language';
import { LanguageToggle } from '../ui/LanguageToggle';

/** A device with no link, or whose link was replaced; a guest's replaced link is told as a guest's, not a seat's. */
export function UnpairedMessage({ revoked = false, guest = false }: { revoked?: boolean; guest?: boolean }) {
  const t = useT();
  const revokedBody = guest ? t('guest.revoked.body') : t('delegate.revoked.body');
  return (
    <FullMessage title={revoked ? t('delegate.revoked.title') : t('delegate.unpaired.title')}>
      <p>{revoked ? revokedBody : t('delegate.unpaired.body')}</p>
      <LanguageToggle />
    </FullMessage>
  );
}
