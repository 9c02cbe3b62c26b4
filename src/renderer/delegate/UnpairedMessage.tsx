import type { RevokedReason } from '../../shared/protocol';
import { FullMessage } from '../ui/FullMessage';
import { useT } from '../ui/language';
import { LanguageToggle } from '../ui/LanguageToggle';

interface UnpairedMessageProps {
  revoked?: boolean;
  guest?: boolean;
  /** Why the link stopped working, when the hub said so: a vacated seat or a removed person has no new card to look for. */
  reason?: RevokedReason | null;
}

/** A device with no link, or whose link stopped working; a guest's replaced link is told as a guest's, not a seat's. */
export function UnpairedMessage({ revoked = false, guest = false, reason = null }: UnpairedMessageProps) {
  const t = useT();
  if (revoked && (reason === 'vacated' || reason === 'removed')) {
    return (
      <FullMessage title={t('delegate.linkEnded.title')}>
        <p>{reason === 'vacated' ? t('delegate.vacated.body') : t('delegate.removed.body')}</p>
        <LanguageToggle />
      </FullMessage>
    );
  }
  const revokedBody = guest ? t('guest.revoked.body') : t('delegate.revoked.body');
  return (
    <FullMessage title={revoked ? t('delegate.revoked.title') : t('delegate.unpaired.title')}>
      <p>{revoked ? revokedBody : t('delegate.unpaired.body')}</p>
      <LanguageToggle />
    </FullMessage>
  );
}
