import type { PairingLink } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useT } from '../ui/language';
import { linkLabel } from './linkLabel';
import { useCommand } from './useCommand';

/** Reissues a principal's link after the secretary confirms; the old device is disconnected by the hub. */
export function useReissue(connection: SessionConnection) {
  const t = useT();
  const { run, busy } = useCommand(connection);
  function reissue(link: PairingLink) {
    if (window.confirm(t('console.confirmReissue', { name: linkLabel(link, t) }))) {
      void run({ type: 'pairing.reissue', principalId: link.principalId });
    }
  }
  return { reissue, busy };
}
