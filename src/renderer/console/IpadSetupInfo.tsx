/**
 * Where an iPad installs the hall's certificate once, before its pairing card
 * opens the app without a warning: the setup page as text and as a QR code,
 * and the CA's fingerprint to check on the iPad. The setup page holds no
 * secret, so it is shown openly.
 */
import { useT } from '../ui/language';
import { QrCode } from '../ui/QrCode';

export function IpadSetupInfo({ setupUrl, caFingerprint }: { setupUrl: string; caFingerprint: string }) {
  const t = useT();
  return (
    <section className="ipad-setup no-print" data-testid="ipad-setup">
      <QrCode text={setupUrl} label={t('pairing.setupQr')} size={120} />
      <div>
        <h3>{t('pairing.setupTitle')}</h3>
        <p className="pairing-help">{t('pairing.setupHelp')}</p>
        <p className="ipad-setup-url" data-testid="ipad-setup-url">
          {setupUrl}
        </p>
        <p className="pairing-help">
          {t('pairing.fingerprint')}
          <br />
          <code className="ipad-setup-fingerprint" data-testid="ca-fingerprint">
            {caFingerprint}
          </code>
        </p>
      </div>
    </section>
  );
}
