/** The delegates by seat: name and position, group, role, live connection or vacancy, and the secretary's actions. */
import type { Seat } from '../../../shared/protocol';
import { seatPrincipalId, seatRole } from '../../../shared/core';
import { formatDateTime } from '../../../shared/roster';
import { useT } from '../../ui/language';

interface DelegatesTableProps {
  seats: readonly Seat[];
  online: ReadonlySet<string>;
  /** Principal ids that have a pairing link the console can show. */
  linked: ReadonlySet<string>;
  canEdit: boolean;
  canRemove: boolean;
  canPair: boolean;
  onEdit(seat: Seat): void;
  onVacate(seat: Seat): void;
  onRemove(seat: Seat): void;
  onShowQr(principalId: string): void;
}

export function DelegatesTable({ seats, online, linked, canEdit, canRemove, canPair, onEdit, onVacate, onRemove, onShowQr }: DelegatesTableProps) {
  const t = useT();
  return (
    <table className="delegates-table roster-table">
      <thead>
        <tr>
          <th scope="col">{t('console.seat')}</th>
          <th scope="col">{t('console.name')}</th>
          <th scope="col">{t('roster.field.group')}</th>
          <th scope="col">{t('roster.field.role')}</th>
          <th scope="col">{t('console.status')}</th>
          {(canEdit || canPair) && <th scope="col">{t('roster.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {seats.map((seat) => {
          const principalId = seatPrincipalId(seat.seat);
          const isOnline = online.has(principalId);
          const vacant = seat.vacantFrom !== undefined;
          return (
            <tr key={seat.seat} data-testid="delegate-row" data-seat={seat.seat} data-online={isOnline} data-vacant={vacant} className={vacant ? 'roster-vacant' : undefined}>
              <td className="seat-number">{seat.seat}</td>
              <td>
                <div className="delegate-row-name">{seat.name}</div>
                {seat.office && <div className="delegate-row-office">{seat.office}</div>}
              </td>
              <td>{seat.group}</td>
              <td>{t(`roster.role.${seatRole(seat)}`)}</td>
              <td>
                {seat.vacantFrom !== undefined ? (
                  <span className="roster-vacancy" data-testid="seat-vacancy">
                    {t('roster.vacantSince', { time: formatDateTime(seat.vacantFrom) })}
                    {seat.vacancyReason && <span className="delegate-row-office"> — {seat.vacancyReason}</span>}
                  </span>
                ) : (
                  <span className={isOnline ? 'presence presence-online' : 'presence presence-offline'}>{isOnline ? t('console.online') : t('console.offline')}</span>
                )}
              </td>
              {(canEdit || canPair) && (
                <td>
                  <div className="roster-actions">
                    {canEdit && (
                      <button type="button" className="button button-small" onClick={() => onEdit(seat)}>
                        {t('roster.edit')}
                      </button>
                    )}
                    {canEdit && !vacant && (
                      <button type="button" className="button button-small" onClick={() => onVacate(seat)}>
                        {t('roster.vacate.button')}
                      </button>
                    )}
                    {canRemove && (
                      <button type="button" className="button button-small button-danger" onClick={() => onRemove(seat)}>
                        {t('roster.remove')}
                      </button>
                    )}
                    {canPair && !vacant && (
                      <button type="button" className="button button-small" onClick={() => onShowQr(principalId)} disabled={!linked.has(principalId)}>
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
