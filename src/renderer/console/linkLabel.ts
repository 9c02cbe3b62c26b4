import type { PairingLink } from '../../shared/protocol';
import type { Translate } from '../ui/language';

/** A guest's number, from the principal id `guest-N` the core gives every guest (the number never changes). */
export function guestNumberOf(link: PairingLink): number | null {
  const match = link.role === 'guest' ? /^guest-(\d+)$/.exec(link.principalId) : null;
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** "Ghế 12 — Nguyễn Văn A" for a seat, "Khách mời 3 — Trần Thị B" for a guest, the role's name otherwise. */
export function linkLabel(link: PairingLink, t: Translate): string {
  if (link.seat !== null) return `${t('delegate.seat', { seat: link.seat })} — ${link.name}`;
  const guestNumber = guestNumberOf(link);
  if (guestNumber !== null) return t('guest.linkLabel', { number: guestNumber, name: link.name });
  return t(`role.${link.role}`);
}

/** What the card or QR dialog tells the one who scans it: a guest's iPad reads and follows; a seat's also votes. */
export function pairingHelp(link: PairingLink, needsCertificate: boolean, t: Translate): string {
  if (link.role === 'guest') return needsCertificate ? t('guest.cardHelpWithSetup') : t('guest.cardHelp');
  return needsCertificate ? t('pairing.cardHelpWithSetup') : t('pairing.cardHelp');
}
