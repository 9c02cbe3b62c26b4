/** The configuration profile an iPad installs to trust the hub's CA. */
import { X509Certificate } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createCertificateAuthority } from '../../../../../src/main/hub/tls/certificateAuthority';
import { caProfile } from '../../../../../src/main/hub/tls/mobileConfig';

// An independent property-list parser (electron-builder's, for macOS Info.plist files).
const plist = createRequire(import.meta.url)('plist') as { parse(xml: string): unknown };

interface Payload {
  PayloadType: string;
  PayloadUUID: string;
  PayloadIdentifier: string;
  PayloadDisplayName: string;
  PayloadVersion: number;
  PayloadContent: unknown;
}

const text = { displayName: 'Chamber: máy chủ phòng họp', description: 'Tin cậy <máy chủ> & "phòng họp"' };

async function profileOfNewCa() {
  const ca = await createCertificateAuthority('Chamber CA (test)', new Date('2026-11-29T08:00:00Z'));
  return { ca, profile: plist.parse(caProfile(ca.certPem, text)) as Payload };
}

describe('the CA configuration profile', () => {
  it('is a Configuration profile holding one com.apple.security.root payload with the CA certificate', async () => {
    const { ca, profile } = await profileOfNewCa();
    expect(profile.PayloadType).toBe('Configuration');
    expect(profile.PayloadVersion).toBe(1);
    const payloads = profile.PayloadContent as Payload[];
    expect(payloads).toHaveLength(1);
    const root = payloads[0] as Payload;
    expect(root.PayloadType).toBe('com.apple.security.root');
    const der = Buffer.from(root.PayloadContent as Buffer);
    expect(new X509Certificate(der).fingerprint256).toBe(new X509Certificate(ca.certPem).fingerprint256);
  });

  it('carries the Vietnamese name, escaped, and distinct UUIDs', async () => {
    const { profile } = await profileOfNewCa();
    expect(profile.PayloadDisplayName).toBe(text.displayName);
    expect((profile as unknown as { PayloadDescription: string }).PayloadDescription).toBe(text.description);
    const root = (profile.PayloadContent as Payload[])[0] as Payload;
    expect(profile.PayloadUUID).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(root.PayloadUUID).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(root.PayloadUUID).not.toBe(profile.PayloadUUID);
    expect(root.PayloadIdentifier).not.toBe(profile.PayloadIdentifier);
  });

  it('keeps the same identifiers for the same CA, so a second download replaces the profile', async () => {
    const ca = await createCertificateAuthority('Chamber CA (test)', new Date('2026-11-29T08:00:00Z'));
    expect(caProfile(ca.certPem, text)).toBe(caProfile(ca.certPem, text));
    const other = await createCertificateAuthority('Chamber CA (test)', new Date('2026-11-29T08:00:00Z'));
    const first = plist.parse(caProfile(ca.certPem, text)) as Payload;
    const second = plist.parse(caProfile(other.certPem, text)) as Payload;
    expect(second.PayloadUUID).not.toBe(first.PayloadUUID);
  });
});
