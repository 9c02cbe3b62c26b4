/** The guests, apart from the delegates and marked as guests: they read and follow, never vote, never count. */
import type { Guest } from '../../../shared/protocol';
import { useT } from '../../ui/language';

interface GuestsTableProps {
  guests: readonly Guest[];
  online: ReadonlySet<string>;
  linked: ReadonlySet<string>;
  canEdit: boolean;
  canPair: boolean;
  onEdit(guest: Guest): void;
  onRemove(guest: Guest): void;
  onShowQr(principalId: string): void;
}

export function GuestsTable({ guests, online, linked, canEdit, canPair, onEdit, onRemove, onShowQr }: GuestsTableProps) {
  const t = useT();
  if (guests.length === 0) return <p className="roster-empty">{t('roster.guests.none')}</p>;
  return (
    <table className="delegates-table roster-table roster-guests-table">
      <thead>
        <tr>
          <th scope="col">{t('roster.field.number')}</th>
          <th scope="col">{t('console.name')}</th>
          <th scope="col">{t('roster.field.role')}</th>
          <th scope="col">{t('console.status')}</th>
          {(canEdit || canPair) && <th scope="col">{t('roster.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {guests.map((guest) => {
          const isOnline = online.has(guest.id);
          return (
            <tr key={guest.id} data-testid="guest-row" data-guest={guest.id} data-online={isOnline}>
              <td className="seat-number">{guest.number}</td>
              <td>
                <div className="delegate-row-name">{guest.name}</div>
                {guest.office && <div className="delegate-row-office">{guest.office}</div>}
              </td>
              <td>
                <span className="roster-guest-badge">{t(`roster.role.${guest.role}`)}</span>
              </td>
              <td>
                <span className={isOnline ? 'presence presence-online' : 'presence presence-offline'}>{isOnline ? t('console.online') : t('console.offline')}</span>
              </td>
              {(canEdit || canPair) && (
                <td>
                  <div className="roster-actions">
                    {canEdit && (
                      <button type="button" className="button button-small" onClick={() => onEdit(guest)}>
                        {t('roster.edit')}
                      </button>
                    )}
                    {canEdit && (
                      <button type="button" className="button button-small button-danger" onClick={() => onRemove(guest)}>
                        {t('roster.remove')}
                      </button>
                    )}
                    {canPair && (
                      <button type="button" className="button button-small" onClick={() => onShowQr(guest.id)} disabled={!linked.has(guest.id)}>
                        {t('console.showQr')}
                      </button>
                    )}
                  </div>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
