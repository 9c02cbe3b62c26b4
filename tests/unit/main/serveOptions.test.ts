import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../src/main/defaultDataDir';
import { DEFAULT_HTTP_PORT, DEFAULT_PORT, parseServeOptions, SERVE_USAGE } from '../../../src/main/serveOptions';

describe('npm run serve options', () => {
  it('defaults to HTTPS with the hub CA on every interface, the default ports and the per-user data folder', () => {
    expect(parseServeOptions([])).toEqual({
      port: DEFAULT_PORT,
      httpPort: DEFAULT_HTTP_PORT,
      transport: { kind: 'generated-tls' },
      host: undefined,
      dataDir: defaultDataDir(),
      allowedHostNames: [],
      maxDocumentMegabytes: 200,
      sessionFile: undefined,
      demo: false,
      readOnly: false,
    });
    expect([DEFAULT_PORT, DEFAULT_HTTP_PORT]).toEqual([4800, 4880]);
  });

  it('reads --port, --host, --data and --allow-host', () => {
    expect(parseServeOptions(['--port', '0', '--host', '127.0.0.1', '--data', '/tmp/x', '--allow-host', 'Hub.Local', '--max-document-mb', '50'])).toEqual({
      port: 0,
      httpPort: DEFAULT_HTTP_PORT,
      transport: { kind: 'generated-tls' },
      maxDocumentMegabytes: 50,
      sessionFile: undefined,
      demo: false,
      readOnly: false,
      host: '127.0.0.1',
      dataDir: '/tmp/x',
      allowedHostNames: ['hub.local'],
    });
  });

  it.each([['--port', 'abc'], ['--port', '70000'], ['--port', '-1']])('refuses %s %s', (flag, value) => {
    expect(() => parseServeOptions([flag, value])).toThrow(/--port/);
  });

  it('reads --http-port for the setup page', () => {
    expect(parseServeOptions(['--http-port', '8080'])).toMatchObject({ port: DEFAULT_PORT, httpPort: 8080, transport: { kind: 'generated-tls' } });
  });

  it.each([['abc'], ['70000'], ['']])('refuses --http-port %j', (value) => {
    expect(() => parseServeOptions(['--http-port', value])).toThrow(/--http-port must be a whole number/);
  });

  it('refuses the same port for HTTPS and the setup page', () => {
    expect(() => parseServeOptions(['--port', '9000', '--http-port', '9000'])).toThrow(/--http-port must differ from --port/);
  });

  it("takes the administrator's certificate and key together", () => {
    expect(parseServeOptions(['--tls-cert', '/etc/hub.pem', '--tls-key', '/etc/hub.key']).transport).toEqual({ kind: 'provided-tls', certFile: '/etc/hub.pem', keyFile: '/etc/hub.key' });
    expect(() => parseServeOptions(['--tls-cert', '/etc/hub.pem'])).toThrow(/--tls-cert and --tls-key go together/);
    expect(() => parseServeOptions(['--tls-key', '/etc/hub.key'])).toThrow(/--tls-cert and --tls-key go together/);
  });

  it('serves plain HTTP on --port, with no setup port, only when --insecure-http is given', () => {
    expect(parseServeOptions(['--insecure-http'])).toMatchObject({ port: DEFAULT_PORT, httpPort: null, transport: { kind: 'insecure-http' } });
  });

  it('refuses --insecure-http with a certificate or a setup port, which it would ignore', () => {
    expect(() => parseServeOptions(['--insecure-http', '--tls-cert', 'a', '--tls-key', 'b'])).toThrow(/cannot be combined/);
    expect(() => parseServeOptions(['--insecure-http', '--http-port', '8080'])).toThrow(/--http-port/);
  });

  it('opens the active session read-only with --read-only', () => {
    expect(parseServeOptions(['--read-only']).readOnly).toBe(true);
    expect(SERVE_USAGE).toMatch(/--read-only/);
  });

  it('refuses a size limit that is not a positive number', () => {
    expect(() => parseServeOptions(['--max-document-mb', '0'])).toThrow(/--max-document-mb/);
  });

  it('reads the socket caps, and leaves them to the hub when not given', () => {
    expect(parseServeOptions(['--max-sockets', '400', '--max-sockets-per-address', '8'])).toMatchObject({ maxSockets: 400, maxSocketsPerAddress: 8 });
    expect(parseServeOptions([])).toMatchObject({ maxSockets: undefined, maxSocketsPerAddress: undefined });
  });

  it.each([['--max-sockets', '0'], ['--max-sockets', 'many'], ['--max-sockets-per-address', '1.5']])('refuses %s %s', (flag, value) => {
    expect(() => parseServeOptions([flag, value])).toThrow(flag);
  });

  it('creates the demo at once only with --demo, and refuses --demo with --session', () => {
    expect(parseServeOptions(['--demo'])).toMatchObject({ demo: true, sessionFile: undefined });
    expect(parseServeOptions(['--session', 'council.json'])).toMatchObject({ demo: false, sessionFile: 'council.json' });
    expect(() => parseServeOptions(['--demo', '--session', 'council.json'])).toThrow(/--demo and --session/);
  });

  it('refuses an unknown option', () => {
    expect(() => parseServeOptions(['--colour'])).toThrow();
  });

  it('puts the data folder where Electron keeps the app data on each platform', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe('/cfg/Chamber');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toMatch(/Roaming[\\/]Chamber$/);
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Chamber$/);
  });
});
