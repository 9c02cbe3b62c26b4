/**
 * The printed pairing cards, 3 × 4 to an A4 page: one per seat, then one per
 * guest, the guests' starting on a page of their own and marked "KHÁCH MỜI",
 * so they are never handed out as a seat's card. Each page of cards is its own
 * block that ends with a page break, so the browser never has to split a row of
 * cards or leave a short page in the middle.
 */
import type { ReactNode } from 'react';
import type { Guest, PairingLink } from '../../shared/protocol';
import { useT } from '../ui/language';
import { PairingCard } from './PairingCard';

/** 3 columns × 4 rows on A4, as docs/operations.md says. */
export const CARDS_PER_PAGE = 12;

interface PairingSheetProps {
  council: string;
  delegateLinks: PairingLink[];
  guestLinks: PairingLink[];
  /** The session's guests, for each guest card's role and office. */
  guests: readonly Guest[];
  /** True when each iPad must first install the hall's certificate from the setup page. */
  needsCertificate: boolean;
}

export function PairingSheet({ council, delegateLinks, guestLinks, guests, needsCertificate }: PairingSheetProps) {
  const t = useT();
  const guestById = new Map(guests.map((guest) => [guest.id, guest]));
  return (
    <div className="pairing-cards" data-testid="pairing-cards">
      <CardGroup title={t('guest.delegateCards')} links={delegateLinks} testId="delegate-cards">
        {(link) => <PairingCard key={link.principalId} council={council} link={link} needsCertificate={needsCertificate} />}
      </CardGroup>
      <CardGroup title={t('guest.guestCards')} links={guestLinks} testId="guest-cards">
        {(link) => (
          <PairingCard key={link.principalId} council={council} link={link} guest={guestById.get(link.principalId)} needsCertificate={needsCertificate} />
        )}
      </CardGroup>
    </div>
  );
}

interface CardGroupProps {
  title: string;
  links: PairingLink[];
  testId: string;
  children(link: PairingLink): ReactNode;
}

/** One kind of card under its heading (on screen only), cut into pages of 12. */
function CardGroup({ title, links, testId, children }: CardGroupProps) {
  if (links.length === 0) return null;
  const pages: PairingLink[][] = [];
  for (let start = 0; start < links.length; start += CARDS_PER_PAGE) pages.push(links.slice(start, start + CARDS_PER_PAGE));
  return (
    <section className="pairing-card-group" data-testid={testId}>
      <h3 className="pairing-card-group-title no-print">
        {title} ({links.length})
      </h3>
      {pages.map((page, index) => (
        <div key={index} className="pairing-sheet-page">
          {page.map((link) => children(link))}
        </div>
      ))}
    </section>
  );
}
