/**
 * The printed pairing cards, one per seat, 3 × 4 to an A4 page. Each page of
 * cards is its own block that ends with a page break, so the browser never
 * has to split a row of cards or leave a short page in the middle.
 */
import type { PairingLink } from '../../shared/protocol';
import { useT } from '../ui/language';
import { QrCode } from '../ui/QrCode';
import { linkLabel } from './linkLabel';

/** 3 columns × 4 rows on A4, as docs/operations.md says. */
export const CARDS_PER_PAGE = 12;

interface PairingSheetProps {
  council: string;
  links: PairingLink[];
  /** True when each iPad must first install the hall's certificate from the setup page. */
  needsCertificate: boolean;
}

export function PairingSheet({ council, links, needsCertificate }: PairingSheetProps) {
  const t = useT();
  const pages: PairingLink[][] = [];
  for (let start = 0; start < links.length; start += CARDS_PER_PAGE) pages.push(links.slice(start, start + CARDS_PER_PAGE));
  const help = needsCertificate ? t('pairing.cardHelpWithSetup') : t('pairing.cardHelp');
  return (
    <div className="pairing-cards" data-testid="pairing-cards">
      {pages.map((page, index) => (
        <div key={index} className="pairing-sheet-page">
          {page.map((link) => (
            <article key={link.principalId} className="pairing-card" data-testid="pairing-card">
              <div className="pairing-card-council">{council}</div>
              <div className="pairing-card-seat">{t('delegate.seat', { seat: link.seat ?? 0 })}</div>
              <div className="pairing-card-name">{link.name}</div>
              <QrCode text={link.url} label={linkLabel(link, t)} size={150} />
              <div className="pairing-card-help">{help}</div>
            </article>
          ))}
        </div>
      ))}
    </div>
  );
}
