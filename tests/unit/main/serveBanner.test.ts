/** What the terminal says once the hub runs (issue 8, section 6). */
import { describe, expect, it } from 'vitest';
import { describeRunningHub } from '../../../src/main/serveBanner';

const hallHub = {
  localUrl: 'https://127.0.0.1:4800',
  publicUrl: 'https://192.168.1.20:4800',
  lanUrls: ['https://192.168.1.20:4800', 'https://10.0.0.7:4800', 'https://[fd00::20]:4800'],
  setupUrl: 'http://192.168.1.20:4880/setup/',
  ca: { certPem: '', fingerprint256: 'AB:CD' },
  secure: true,
  consoleToken: 'CONSOLE-TOKEN-0123456789abcdef',
  activeSessionId: () => 'session-1',
};

/** The same hub in the lobby: no session is active yet. */
const lobbyHub = { ...hallHub, activeSessionId: () => null };

describe('the running-hub banner', () => {
  it('labels the loopback console as this computer only', () => {
    expect(describeRunningHub(hallHub, '/data')).toContain('Console:        https://127.0.0.1:4800/console/   (this computer only)');
  });

  it('prints every LAN address, IPv4 and IPv6', () => {
    const text = describeRunningHub(hallHub, '/data');
    for (const url of hallHub.lanUrls) expect(text).toContain(url);
  });

  it('prints the setup page for iPads and the CA fingerprint', () => {
    const text = describeRunningHub(hallHub, '/data');
    expect(text).toContain('iPad setup:     http://192.168.1.20:4880/setup/');
    expect(text).toContain('SHA-256 AB:CD');
  });

  it("never prints a pairing token, and says where the secretary's link is", () => {
    const text = describeRunningHub(hallHub, '/data');
    expect(text).not.toContain('#t=');
    expect(text).not.toContain(hallHub.consoleToken);
    expect(text).toContain('npm run chamber -- pairing --data "/data"');
  });

  it('prints the session list link with the console token only while no session is active', () => {
    const text = describeRunningHub(lobbyHub, '/data');
    expect(text).toContain(`Session list:   https://127.0.0.1:4800/console/#t=${hallHub.consoleToken}`);
    expect(describeRunningHub(hallHub, '/data')).not.toContain('Session list:');
  });

  it('names the first bad event of a broken record and how to open it read-only', () => {
    const broken = { ...lobbyHub, brokenChains: () => [{ sessionId: 'session-1', seq: 42, type: 'vote.closed', kind: 'content' as const, reason: 'hash does not match content' }] };
    const text = describeRunningHub(broken, '/data');
    expect(text).toContain('session session-1 is broken at seq 42 (vote.closed): hash does not match content');
    expect(text).toContain('--read-only');
    expect(text).toContain('Mở chỉ để xem');
  });

  it('says when the active session is open read-only', () => {
    expect(describeRunningHub({ ...hallHub, activeReadOnly: () => true }, '/data')).toMatch(/open read-only/);
    expect(describeRunningHub(hallHub, '/data')).not.toMatch(/open read-only/);
  });
});

