/**
 * The plain-HTTP side of the hub. An iPad that does not trust the hub's CA yet
 * cannot open the HTTPS apps, so this port hands out the CA as a configuration
 * profile with the steps to trust it, Vietnamese first. Nothing else is served
 * in clear text: every other path is redirected to the same path over HTTPS.
 */
import { X509Certificate } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { translate } from '../../../shared/i18n/translate';
import type { Language, MessageKey, ParamsArgument } from '../../../shared/i18n/translate';
import { caProfile, MOBILECONFIG_CONTENT_TYPE } from '../tls/mobileConfig';
import type { HubCa } from '../tls/hubTls';
import type { HealthReport } from './httpHandler';
import { hostNameOf, isAllowedHost } from './requestGuard';
import type { GuardOptions } from './requestGuard';
import { sendJson } from './sendJson';

export const SETUP_PATH = '/setup/';
export const PROFILE_PATH = '/setup/chamber-ca.mobileconfig';
/** The CA as a DER certificate, for a computer or a browser that installs certificates directly. */
export const CA_CERTIFICATE_PATH = '/setup/chamber-ca.crt';

export interface SetupHandlerOptions {
  guard: GuardOptions;
  /** The port the HTTPS apps are served on. */
  httpsPort(): number;
  /** The hub's own CA; null when the administrator gave the certificate. */
  ca: HubCa | null;
  health(): HealthReport;
}

export function createSetupHandler(options: SetupHandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const profileText = { displayName: translate('vi', 'setup.profileName'), description: translate('vi', 'setup.profileDescription') };
  const profile = options.ca ? caProfile(options.ca.certPem, profileText) : null;
  const caDer = options.ca ? certificateDer(options.ca.certPem) : null;

  return (req, res) => {
    const host = req.headers.host;
    if (!isAllowedHost(host, options.guard)) {
      sendJson(res, 421, { error: 'This hub does not answer to that host name' });
      return;
    }
    setSetupHeaders(res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendJson(res, 405, { error: 'Method not allowed' });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://hub.invalid');
    const httpsBase = `https://${urlHost(hostNameOf(host ?? ''))}:${options.httpsPort()}`;
    switch (url.pathname) {
      case '/healthz':
        res.setHeader('Cache-Control', 'no-store');
        {
          const report = options.health();
          sendJson(res, report.ok ? 200 : 503, report);
        }
        return;
      case '/setup':
        redirect(res, SETUP_PATH);
        return;
      case SETUP_PATH:
        sendHtml(res, setupPageHtml(options.ca, httpsBase));
        return;
      case PROFILE_PATH:
        if (profile === null) break;
        res.setHeader('Content-Type', MOBILECONFIG_CONTENT_TYPE);
        res.setHeader('Content-Disposition', 'attachment; filename="chamber-ca.mobileconfig"');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(profile);
        return;
      case CA_CERTIFICATE_PATH:
        if (caDer === null) break;
        res.setHeader('Content-Type', 'application/x-x509-ca-cert');
        res.setHeader('Content-Disposition', 'attachment; filename="chamber-ca.crt"');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(caDer);
        return;
      default:
        redirect(res, `${httpsBase}${url.pathname}${url.search}`);
        return;
    }
    sendJson(res, 404, { error: 'Not found' });
  };
}

/** The setup page, every text twice: Vietnamese, then English. */
export function setupPageHtml(ca: HubCa | null, httpsBase: string): string {
  const section = (language: Language) => {
    const t = <Key extends MessageKey>(key: Key, ...params: ParamsArgument<Key>) => escapeHtml(translate(language, key, ...params));
    const steps = ca
      ? `<ol>
      <li>${t('setup.step1')}</li>
      <li>${t('setup.step2')}</li>
      <li>${t('setup.step3', { name: translate('vi', 'setup.profileName') })}</li>
      <li>${t('setup.step4')}</li>
    </ol>
    <p><a class="button" href="${PROFILE_PATH}" data-testid="download-profile-${language}">${t('setup.download')}</a></p>
    <p class="small">${t('setup.fingerprint')}<br><code>${escapeHtml(ca.fingerprint256)}</code></p>`
      : `<p>${t('setup.provided')}</p>`;
    return `<section lang="${language}">
    <h1>${t('setup.title')}</h1>
    <p>${t('setup.intro')}</p>
    ${steps}
    <p><a href="${escapeHtml(httpsBase)}/delegate/">${t('setup.openApp')}</a></p>
  </section>`;
  };
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(translate('vi', 'setup.title'))}</title>
  <style>
    body { font: 18px/1.5 -apple-system, system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f24; }
    section + section { border-top: 1px solid #ccd; margin-top: 2rem; padding-top: 1rem; }
    h1 { font-size: 1.5rem; }
    .button { display: inline-block; padding: .7rem 1.2rem; background: #0b5cad; color: #fff; border-radius: .5rem; text-decoration: none; }
    .small { font-size: .9rem; } code { word-break: break-all; }
  </style>
</head>
<body>
  ${section('vi')}
  ${section('en')}
</body>
</html>
`;
}

function setSetupHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
}

function sendHtml(res: ServerResponse, html: string): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.end(html);
}

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 302;
  res.setHeader('Location', location);
  res.end();
}

function certificateDer(pem: string): Buffer {
  return new X509Certificate(pem).raw;
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
