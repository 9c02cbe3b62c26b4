/**
 * The chair's and the big screen's links: each gives full control of its role,
 * and a console laptop is often mirrored to the projector. So their codes stay
 * hidden until the secretary asks, hide again after 30 s, and never show while
 * a presentation is on.
 */
import type { PairingLink } from '../../shared/protocol';
import { useT } from '../ui/language';
import { QrCode } from '../ui/QrCode';
import { linkLabel } from './linkLabel';
import { STAFF_CODES_SHOWN_MS, useRevealForAWhile } from './useRevealForAWhile';

export function StaffPairingCodes({ links, presenting }: { links: PairingLink[]; presenting: boolean }) {
  const t = useT();
  const codes = useRevealForAWhile(STAFF_CODES_SHOWN_MS, presenting);
  return (
    <section className="staff-links no-print" data-testid="staff-links">
      <div className="staff-links-toolbar">
        <h3>{t('console.staffLinks')}</h3>
        {codes.shown ? (
          <button type="button" className="button button-small" onClick={codes.hide}>
            {t('pairing.hideCodes')}
          </button>
        ) : (
          <button type="button" className="button button-small" onClick={codes.show} disabled={presenting}>
            {t('pairing.showCodes')}
          </button>
        )}
      </div>
      <p className="pairing-help">{presenting ? t('pairing.codesHiddenPresenting') : t('pairing.codesHidden')}</p>
      <div className="staff-link-list">
        {links.map((link) => (
          <div key={link.principalId} className="staff-link" data-testid="staff-link">
            {codes.shown ? <QrCode text={link.url} label={linkLabel(link, t)} size={120} /> : <div className="staff-code-hidden">{t('pairing.codeHidden')}</div>}
            <div>
              <div className="staff-link-label">{linkLabel(link, t)}</div>
              {codes.shown && (
                <a href={link.url} target="_blank" rel="noreferrer" className="staff-link-url">
                  {link.url}
                </a>
              )}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
