/**
 * "Mạng" in the pairing tab: the address that goes into the QR codes, this
 * computer's interfaces with the hall network's candidates first, a button to
 * choose each, warnings when no iPad could reach the hub or when the chosen
 * address has gone, and, after a change, the offer to reprint the cards
 * (the tokens stay valid: the old cards still open the app at the old address
 * while it exists).
 */
import { useCallback, useEffect, useState } from 'react';
import type { NetworkReportBody } from '../../../shared/protocol';
import type { PlainMessageKey } from '../../../shared/i18n/translate';
import { useT } from '../../ui/language';
import { callNetworkApi } from './networkApi';
import type { NetworkTarget } from './networkApi';

/** The console reads the interfaces again this often, to show a Wi-Fi that came or went. */
const REFRESH_MS = 10_000;

const KIND_KEYS: Record<NetworkReportBody['interfaces'][number]['kind'], PlainMessageKey> = {
  wifi: 'network.kind.wifi',
  ethernet: 'network.kind.ethernet',
  vpn: 'network.kind.vpn',
  virtual: 'network.kind.virtual',
  loopback: 'network.kind.loopback',
  'link-local': 'network.kind.linkLocal',
  other: 'network.kind.other',
};

export function NetworkAddressPanel({ target, onReprint }: { target: NetworkTarget; onReprint(): void }) {
  const t = useT();
  const [report, setReport] = useState<NetworkReportBody | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const result = await callNetworkApi(target);
    if (result.ok) {
      setReport(result.report);
      setError(null);
    } else setError(result.error);
  }, [target]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  async function choose(address: string) {
    setBusy(true);
    const before = report?.publicUrl;
    const result = await callNetworkApi(target, address);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setReport(result.report);
    setError(null);
    if (result.report.publicUrl !== before) setChanged(true);
  }

  // A hub bound to one address has nothing to choose: its links name that address.
  if (error === 'fixed_host') return null;
  return (
    <section className="network-address no-print" data-testid="network-address">
      <h3>{t('network.title')}</h3>
      {report && (
        <p className="network-address-current">
          {t('network.current')} <strong data-testid="network-public-url">{report.publicUrl}</strong>
        </p>
      )}
      {report?.warning && (
        <p className="network-warning" role="alert" data-testid="network-warning">
          {t('network.warning.onlyLocal')}
        </p>
      )}
      {report?.chosenMissing && report.chosen !== null && (
        <p className="network-warning" role="alert" data-testid="network-chosen-missing">
          {t('network.warning.chosenMissing', { chosen: report.chosen, address: report.address })}
        </p>
      )}
      {error !== null && (
        <p className="network-warning" role="alert">
          {t('network.error', { code: error })}
        </p>
      )}
      {changed && (
        <div className="network-changed" role="status" data-testid="network-changed">
          <p>{t('network.changed')}</p>
          <button type="button" className="button button-primary" onClick={onReprint}>
            {t('network.reprint')}
          </button>
        </div>
      )}
      {report && (
        <ul className="network-interfaces">
          {report.interfaces.map((entry) => {
            const inUse = entry.address === report.address;
            return (
              <li key={`${entry.name} ${entry.address}`} className={entry.hallCandidate ? 'network-interface network-candidate' : 'network-interface'} data-testid="network-interface">
                <span className="network-interface-address">{entry.address}</span>
                <span className="network-interface-name">
                  {entry.name} · {t(KIND_KEYS[entry.kind])}
                  {entry.hallCandidate ? ` · ${t('network.hallCandidate')}` : ''}
                </span>
                {inUse ? (
                  <span className="network-in-use">{t('network.inUse')}</span>
                ) : (
                  <button type="button" className="button" disabled={busy} onClick={() => void choose(entry.address)}>
                    {t('network.choose')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
