/**
 * Pairing cards: one per seat, laid out to print on A4 and leave at each seat.
 * Also the links for the chair's device and the big screen.
 */
import type { SessionState } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useT } from '../ui/language';
import { QrCode } from '../ui/QrCode';
import { useSessionView } from '../ui/useSessionView';
import { linkLabel } from './linkLabel';

export function PairingPanel({ connection, state }: { connection: SessionConnection; state: SessionState }) {
  const t = useT();
  const links = useSessionView(connection.store, (view) => view.pairingLinks);
  const seatLinks = links.filter((link) => link.role === 'delegate');
  const staffLinks = links.filter((link) => link.role === 'chair' || link.role === 'screen');

  async function print() {
    if (window.chamber) await window.chamber.savePageAsPdf('phieu-ghep-noi.pdf');
    else window.print();
  }

  return (
    <div className="pairing-panel">
      <div className="panel-toolbar no-print">
        <h2>{t('console.tab.pairing')}</h2>
        <button type="button" className="button button-primary" onClick={() => void print()}>
          {t('console.printCards')}
        </button>
      </div>
      <p className="no-print pairing-help">{t('console.pairingHelp')}</p>
      <section className="staff-links no-print">
        <h3>{t('console.staffLinks')}</h3>
        <div className="staff-link-list">
          {staffLinks.map((link) => (
            <div key={link.principalId} className="staff-link">
              <QrCode text={link.url} label={linkLabel(link, t)} size={120} />
              <div>
                <div className="staff-link-label">{linkLabel(link, t)}</div>
                <a href={link.url} target="_blank" rel="noreferrer" className="staff-link-url">
                  {link.url}
                </a>
              </div>
            </div>
          ))}
        </div>
      </section>
      <div className="pairing-cards" data-testid="pairing-cards">
        {seatLinks.map((link) => (
          <article key={link.principalId} className="pairing-card" data-testid="pairing-card">
            <div className="pairing-card-council">{state.session?.council}</div>
            <div className="pairing-card-seat">{t('delegate.seat', { seat: link.seat ?? 0 })}</div>
            <div className="pairing-card-name">{link.name}</div>
            <QrCode text={link.url} label={linkLabel(link, t)} size={150} />
            <div className="pairing-card-help">{t('console.pairingHelp')}</div>
          </article>
        ))}
      </div>
    </div>
  );
}
