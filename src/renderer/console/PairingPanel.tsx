/**
 * The pairing tab: where iPads install the hall's certificate, the staff links
 * (hidden until asked for), and the cards laid out to print on A4: the seats'
 * to leave at each seat, then the guests' apart.
 */
import type { SessionState } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useMemo } from 'react';
import { useT } from '../ui/language';
import { useSessionView } from '../ui/useSessionView';
import { IpadSetupInfo } from './IpadSetupInfo';
import { NetworkAddressPanel } from './network/NetworkAddressPanel';
import { PairingSheet } from './PairingSheet';
import { StaffPairingCodes } from './StaffPairingCodes';

export function PairingPanel({ connection, state }: { connection: SessionConnection; state: SessionState }) {
  const t = useT();
  const links = useSessionView(connection.store, (view) => view.pairingLinks);
  const setup = useSessionView(connection.store, (view) => view.pairingSetup);
  const delegateLinks = links.filter((link) => link.role === 'delegate');
  const guestLinks = links.filter((link) => link.role === 'guest');
  const staffLinks = links.filter((link) => link.role === 'chair' || link.role === 'screen');

  const networkTarget = useMemo(() => ({ httpBase: connection.httpBase, token: connection.token }), [connection.httpBase, connection.token]);

  async function print() {
    if (window.chamber) await window.chamber.savePageAsPdf('phieu-ghep-noi.pdf');
    else window.print();
  }

  return (
    <div className="pairing-panel">
      <div className="panel-toolbar no-print">
        <h2>{t('console.tab.pairing')}</h2>
        <button type="button" className="button button-primary" onClick={() => void print()}>
          {t('console.printCards')}
        </button>
      </div>
      <p className="no-print pairing-help">{t('pairing.tabHelp')}</p>
      <NetworkAddressPanel target={networkTarget} onReprint={() => void print()} />
      {setup && <IpadSetupInfo setupUrl={setup.setupUrl} caFingerprint={setup.caFingerprint} />}
      <StaffPairingCodes links={staffLinks} presenting={state.presentation !== null} />
      <PairingSheet council={state.session?.council ?? ''} delegateLinks={delegateLinks} guestLinks={guestLinks} guests={state.guests} needsCertificate={setup !== null} />
    </div>
  );
}
