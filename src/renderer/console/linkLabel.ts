import type { PairingLink } from '../../shared/protocol';
import type { Translate } from '../ui/language';

/** "Ghế 12 — Nguyễn Văn A" for a seat, the role's name otherwise. */
export function linkLabel(link: PairingLink, t: Translate): string {
  return link.seat !== null ? `${t('delegate.seat', { seat: link.seat })} — ${link.name}` : t(`role.${link.role}`);
}
