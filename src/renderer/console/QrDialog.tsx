/** One seat's or guest's QR code, large enough to scan from the console screen, with its link and a reissue button. */
import { useEffect, useRef } from 'react';
import type { PairingLink } from '../../shared/protocol';
import { useT } from '../ui/language';
import { QrCode } from '../ui/QrCode';
import { linkLabel, pairingHelp } from './linkLabel';

interface QrDialogProps {
  link: PairingLink;
  busy: boolean;
  /** True when the iPad must first install the hall's certificate from the setup page. */
  needsCertificate: boolean;
  onReissue(link: PairingLink): void;
  onClose(): void;
}

export function QrDialog({ link, busy, needsCertificate, onReissue, onClose }: QrDialogProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const label = linkLabel(link, t);
  return (
    <dialog ref={dialog} className="qr-dialog" onClose={onClose} aria-label={label}>
      <h2>{label}</h2>
      <QrCode text={link.url} label={label} size={320} />
      <p className="qr-link">
        <a href={link.url} target="_blank" rel="noreferrer">
          {link.url}
        </a>
      </p>
      <p className="qr-help">{pairingHelp(link, needsCertificate, t)}</p>
      <div className="form-actions">
        {link.role !== 'secretary' && (
          <button type="button" className="button button-danger" disabled={busy} onClick={() => onReissue(link)}>
            {t('console.reissue')}
          </button>
        )}
        <button type="button" className="button button-primary" onClick={() => dialog.current?.close()} autoFocus>
          {t('console.close')}
        </button>
      </div>
    </dialog>
  );
}
