/** One printed pairing card: a seat's ("Ghế 12") or a guest's ("KHÁCH MỜI"), with the name and the QR code. */
import type { Guest, PairingLink } from '../../shared/protocol';
import { useT } from '../ui/language';
import { QrCode } from '../ui/QrCode';
import { linkLabel, pairingHelp } from './linkLabel';

interface PairingCardProps {
  council: string;
  link: PairingLink;
  /** The guest the card is for; absent for a seat's card. */
  guest?: Guest | undefined;
  needsCertificate: boolean;
}

export function PairingCard({ council, link, guest, needsCertificate }: PairingCardProps) {
  const t = useT();
  const isGuest = link.role === 'guest';
  return (
    <article className={isGuest ? 'pairing-card pairing-card-guest' : 'pairing-card'} data-testid="pairing-card" data-role={link.role}>
      <div className="pairing-card-council">{council}</div>
      <div className="pairing-card-seat">{isGuest ? t(`guest.cardWord.${guest?.role ?? 'guest'}`) : t('delegate.seat', { seat: link.seat ?? 0 })}</div>
      <div className="pairing-card-name">{link.name}</div>
      {guest?.office && <div className="pairing-card-office">{guest.office}</div>}
      <QrCode text={link.url} label={linkLabel(link, t)} size={150} />
      <div className="pairing-card-help">{pairingHelp(link, needsCertificate, t)}</div>
    </article>
  );
}
