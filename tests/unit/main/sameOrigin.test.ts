import { describe, expect, it } from 'vitest';
import { isSameOrigin } from '../../../src/main/sameOrigin';

const hub = 'http://127.0.0.1:4800';

describe('the console window stays on its hub', () => {
  it('allows pages of the hub itself', () => {
    expect(isSameOrigin('http://127.0.0.1:4800/console/?x=1', hub)).toBe(true);
  });

  it('refuses another host, port, scheme, or a URL that does not parse', () => {
    expect(['http://127.0.0.1:4801/', 'https://127.0.0.1:4800/', 'http://evil.example/', 'file:///etc/passwd', 'not a url', 'javascript:alert(1)'].map((url) => isSameOrigin(url, hub))).toEqual([false, false, false, false, false, false]);
  });

  it('refuses everything while no hub runs', () => {
    expect(isSameOrigin('http://127.0.0.1:4800/', undefined)).toBe(false);
  });
});
