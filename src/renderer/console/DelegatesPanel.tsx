/** The seated delegates, then the guests apart, with their live connection state and their pairing QR codes. */
import { useState } from 'react';
import { countOnlineSeats, seatedCount, seatPrincipalId } from '../../shared/core';
import type { SessionState } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useT } from '../ui/language';
import { useSessionView } from '../ui/useSessionView';
import { GuestsTable } from './GuestsTable';
import { QrDialog } from './QrDialog';
import { useReissue } from './useReissue';

export function DelegatesPanel({ connection, state, canPair }: { connection: SessionConnection; state: SessionState; canPair: boolean }) {
  const t = useT();
  const onlineIds = useSessionView(connection.store, (view) => view.online);
  const online = new Set(onlineIds);
  const links = useSessionView(connection.store, (view) => view.pairingLinks);
  const needsCertificate = useSessionView(connection.store, (view) => view.pairingSetup !== null);
  const { reissue, busy } = useReissue(connection);
  const [shownId, setShownId] = useState<string | null>(null);
  const shown = links.find((link) => link.principalId === shownId);
  const onlineCount = countOnlineSeats(state.seats, onlineIds);

  return (
    <div className="delegates-panel">
      <div className="panel-toolbar">
        <h2>{t('console.tab.delegates')}</h2>
        <span className="panel-count" data-testid="delegates-online">
          {t('console.delegatesOnline', { online: onlineCount, total: seatedCount(state.seats) })}
        </span>
      </div>
      <table className="delegates-table">
        <thead>
          <tr>
            <th scope="col">{t('console.seat')}</th>
            <th scope="col">{t('console.name')}</th>
            <th scope="col">{t('console.status')}</th>
            {canPair && <th scope="col">{t('console.tab.pairing')}</th>}
          </tr>
        </thead>
        <tbody>
          {state.seats.map((seat) => {
            const principalId = seatPrincipalId(seat.seat);
            const isOnline = online.has(principalId);
            return (
              <tr key={seat.seat} data-testid="delegate-row" data-online={isOnline}>
                <td className="seat-number">{seat.seat}</td>
                <td>
                  <div className="delegate-row-name">{seat.name}</div>
                  {seat.office && <div className="delegate-row-office">{seat.office}</div>}
                </td>
                <td>
                  <span className={isOnline ? 'presence presence-online' : 'presence presence-offline'}>
                    {isOnline ? t('console.online') : t('console.offline')}
                  </span>
                </td>
                {canPair && (
                  <td>
                    <button type="button" className="button button-small" onClick={() => setShownId(principalId)} disabled={!links.some((link) => link.principalId === principalId)}>
                      {t('console.showQr')}
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <GuestsTable
        guests={state.guests}
        online={online}
        onShowQr={canPair ? setShownId : null}
        hasLink={(principalId) => links.some((link) => link.principalId === principalId)}
      />
      {shown && <QrDialog link={shown} busy={busy} needsCertificate={needsCertificate} onReissue={reissue} onClose={() => setShownId(null)} />}
    </div>
  );
}
