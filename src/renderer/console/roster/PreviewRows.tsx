/** The rows an import will bring in: the delegates, then the guests, as the roster will hold them. */
import type { RosterPreview } from '../../../shared/roster';
import { useT } from '../../ui/language';

export function PreviewRows({ preview }: { preview: RosterPreview }) {
  const t = useT();
  return (
    <div className="roster-preview-rows">
      <table className="delegates-table">
        <thead>
          <tr>
            <th scope="col">{t('roster.field.seat')}</th>
            <th scope="col">{t('roster.field.name')}</th>
            <th scope="col">{t('roster.field.office')}</th>
            <th scope="col">{t('roster.field.group')}</th>
            <th scope="col">{t('roster.field.role')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.seats.map((seat) => (
            <tr key={`seat-${seat.seat}`} data-testid="roster-preview-row">
              <td className="seat-number">{seat.seat}</td>
              <td>{seat.name}</td>
              <td>{seat.office}</td>
              <td>{seat.group}</td>
              <td>{t(`roster.role.${seat.role}`)}</td>
            </tr>
          ))}
          {preview.guests.map((guest) => (
            <tr key={`guest-${guest.number}`} data-testid="roster-preview-row" className="roster-guest-row">
              <td className="seat-number">{guest.number}</td>
              <td>{guest.name}</td>
              <td>{guest.office}</td>
              <td />
              <td>
                <span className="roster-guest-badge">{t(`roster.role.${guest.role}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
