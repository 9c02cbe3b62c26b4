/** The guests (khách mời) under the delegates: their live connection state and their pairing QR codes, counted apart. */
import type { Guest } from '../../shared/protocol';
import { useT } from '../ui/language';
import { countOnlineGuests } from './onlineGuests';

interface GuestsTableProps {
  guests: readonly Guest[];
  online: ReadonlySet<string>;
  /** Shows the guest's QR code, or null where this console may not pair devices. */
  onShowQr: ((principalId: string) => void) | null;
  hasLink(principalId: string): boolean;
}

export function GuestsTable({ guests, online, onShowQr, hasLink }: GuestsTableProps) {
  const t = useT();
  return (
    <section className="guests-section" data-testid="guests-section">
      <div className="panel-toolbar">
        <h3>{t('guest.listTitle')}</h3>
        <span className="panel-count" data-testid="guests-online">
          {t('guest.online', { online: countOnlineGuests(guests, online) })}
        </span>
      </div>
      {guests.length === 0 ? (
        <p className="pairing-help">{t('guest.none')}</p>
      ) : (
        <table className="delegates-table">
          <thead>
            <tr>
              <th scope="col">{t('guest.number')}</th>
              <th scope="col">{t('console.name')}</th>
              <th scope="col">{t('console.status')}</th>
              {onShowQr && <th scope="col">{t('console.tab.pairing')}</th>}
            </tr>
          </thead>
          <tbody>
            {guests.map((guest) => {
              const isOnline = online.has(guest.id);
              return (
                <tr key={guest.id} data-testid="guest-row" data-online={isOnline}>
                  <td className="seat-number">{guest.number}</td>
                  <td>
                    <div className="delegate-row-name">
                      {guest.name} <span className="guest-tag">{t(`guest.badge.${guest.role}`)}</span>
                    </div>
                    {guest.office && <div className="delegate-row-office">{guest.office}</div>}
                  </td>
                  <td>
                    <span className={isOnline ? 'presence presence-online' : 'presence presence-offline'}>{isOnline ? t('console.online') : t('console.offline')}</span>
                  </td>
                  {onShowQr && (
                    <td>
                      <button type="button" className="button button-small" onClick={() => onShowQr(guest.id)} disabled={!hasLink(guest.id)}>
                        {t('console.showQr')}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
