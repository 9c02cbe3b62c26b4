import { describe, expect, it } from 'vitest';
import { hubUrls } from '../../../../src/main/hub/hubUrls';
import { SETUP_PATH } from '../../../../src/main/hub/http/setupPage';

describe('the addresses of a listening hub', () => {
  it('a hub on one address is reached at that address everywhere, over https when it serves TLS', () => {
    expect(hubUrls('192.168.1.10', true, 4800, 4880)).toEqual({
      localUrl: 'https://192.168.1.10:4800',
      publicUrl: 'https://192.168.1.10:4800',
      lanUrls: ['https://192.168.1.10:4800'],
      setupUrl: `http://192.168.1.10:4880${SETUP_PATH}`,
    });
  });

  it('brackets an IPv6 address, and has no setup page without a setup port', () => {
    expect(hubUrls('::1', false, 4800, null)).toEqual({ localUrl: 'http://[::1]:4800', publicUrl: 'http://[::1]:4800', lanUrls: ['http://[::1]:4800'], setupUrl: null });
  });

  it('a hub on every interface is opened locally on 127.0.0.1 and lists no IPv6 link-local address', () => {
    const urls = hubUrls(undefined, true, 4800, null);
    expect(urls.localUrl).toBe('https://127.0.0.1:4800');
    expect(urls.publicUrl).toMatch(/^https:\/\/.+:4800$/);
    expect(urls.lanUrls.some((url) => url.includes('[fe80:'))).toBe(false);
  });
});
