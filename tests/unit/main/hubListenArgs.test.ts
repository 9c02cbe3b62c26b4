import { describe, expect, it } from 'vitest';
import { hubListenArgs } from '../../../src/main/hubListenArgs';
import { DEFAULT_HTTP_PORT, DEFAULT_PORT } from '../../../src/main/serveOptions';

describe('hubListenArgs', () => {
  it('listens on the default ports on every interface when the app is started plainly', () => {
    expect(hubListenArgs(['/usr/lib/electron/electron', '.'])).toEqual(['--port', String(DEFAULT_PORT), '--http-port', String(DEFAULT_HTTP_PORT)]);
  });

  it("passes on the app's own --port, --http-port and --host, among Electron's switches", () => {
    const argv = ['/usr/lib/electron/electron', '.', '--no-sandbox', '--port', '4900', '--http-port=4980', '--host', '192.168.1.20'];
    expect(hubListenArgs(argv)).toEqual(['--port', '4900', '--http-port', '4980', '--host', '192.168.1.20']);
  });

  it('reads the switches of a packaged app, whose command line has no app path', () => {
    expect(hubListenArgs(['C:\\Program Files\\Chamber\\Chamber.exe', '--port', '0'])).toEqual(['--port', '0', '--http-port', String(DEFAULT_HTTP_PORT)]);
  });

  it('passes --read-only on to the hub process, to open the active session read-only', () => {
    expect(hubListenArgs(['/usr/lib/electron/electron', '.', '--read-only'])).toEqual(['--port', String(DEFAULT_PORT), '--http-port', String(DEFAULT_HTTP_PORT), '--read-only']);
  });
});
