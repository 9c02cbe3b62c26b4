import { useT } from '../ui/language';
import type { DeviceHolder } from './deviceHolder';

/** Whose iPad this is, in the header: "Ghế 12" or "Khách mời", with the holder's name. */
export function DeviceHolderBadge({ holder }: { holder: DeviceHolder }) {
  const t = useT();
  if (holder.kind === 'delegate') {
    return (
      <div className="delegate-seat" data-testid="delegate-seat">
        {t('delegate.seat', { seat: holder.seat })}
        <span className="delegate-name">{holder.name}</span>
      </div>
    );
  }
  if (holder.kind === 'guest') {
    return (
      <div className="delegate-seat delegate-guest" data-testid="guest-badge">
        {t(`guest.badge.${holder.role}`)}
        <span className="delegate-name">{holder.name}</span>
      </div>
    );
  }
  return null;
}
