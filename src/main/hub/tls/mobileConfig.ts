/**
 * The hub's CA as an Apple configuration profile (.mobileconfig): Safari on an
 * iPad hands the file to Settings, which installs it as a root certificate
 * (payload type com.apple.security.root). The identifiers and UUIDs come from
 * the CA's fingerprint, so downloading the same profile again replaces it.
 */
import { createHash, X509Certificate } from 'node:crypto';

export const MOBILECONFIG_CONTENT_TYPE = 'application/x-apple-aspen-config';

export interface ProfileText {
  /** Shown as the profile's name in Settings. */
  displayName: string;
  description: string;
}

export function caProfile(caCertPem: string, text: ProfileText): string {
  const certificate = new X509Certificate(caCertPem);
  const fingerprint = certificate.fingerprint256.replace(/:/g, '').toLowerCase();
  const identifier = `org.chamber.hub-ca.${fingerprint.slice(0, 16)}`;
  const der = certificate.raw.toString('base64');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
    <dict>
      <key>PayloadCertificateFileName</key>
      <string>chamber-ca.cer</string>
      <key>PayloadContent</key>
      <data>${der}</data>
      <key>PayloadDescription</key>
      <string>${escapeXml(text.description)}</string>
      <key>PayloadDisplayName</key>
      <string>${escapeXml(text.displayName)}</string>
      <key>PayloadIdentifier</key>
      <string>${identifier}.root</string>
      <key>PayloadType</key>
      <string>com.apple.security.root</string>
      <key>PayloadUUID</key>
      <string>${uuidFrom(fingerprint, 'root')}</string>
      <key>PayloadVersion</key>
      <integer>1</integer>
    </dict>
  </array>
  <key>PayloadDescription</key>
  <string>${escapeXml(text.description)}</string>
  <key>PayloadDisplayName</key>
  <string>${escapeXml(text.displayName)}</string>
  <key>PayloadIdentifier</key>
  <string>${identifier}</string>
  <key>PayloadRemovalDisallowed</key>
  <false/>
  <key>PayloadType</key>
  <string>Configuration</string>
  <key>PayloadUUID</key>
  <string>${uuidFrom(fingerprint, 'profile')}</string>
  <key>PayloadVersion</key>
  <integer>1</integer>
</dict>
</plist>
`;
}

/** A stable UUID (version 4 layout) for one payload of one CA. */
function uuidFrom(fingerprint: string, payload: string): string {
  const hex = createHash('sha256').update(`${fingerprint}:${payload}`).digest('hex').slice(0, 32).split('');
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`.toUpperCase();
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
