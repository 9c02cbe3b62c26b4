import { FullMessage } from '../ui/FullMessage';
import { useT } from '../ui/language';

export function ScreenUnpaired() {
  const t = useT();
  return (
    <FullMessage title={t('delegate.unpaired.title')}>
      <p>{t('console.unauthorized')}</p>
    </FullMessage>
  );
}
