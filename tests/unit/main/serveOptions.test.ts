import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../src/main/defaultDataDir';
import { DEFAULT_PORT, parseServeOptions } from '../../../src/main/serveOptions';

describe('npm run serve options', () => {
  it('defaults to every interface, the default port and the per-user data folder', () => {
    expect(parseServeOptions([])).toEqual({ port: DEFAULT_PORT, host: undefined, dataDir: defaultDataDir(), allowedHostNames: [], maxDocumentMegabytes: 200, sessionFile: undefined });
  });

  it('reads --port, --host, --data and --allow-host', () => {
    expect(parseServeOptions(['--port', '0', '--host', '127.0.0.1', '--data', '/tmp/x', '--allow-host', 'Hub.Local', '--max-document-mb', '50'])).toEqual({
      port: 0,
      maxDocumentMegabytes: 50,
      sessionFile: undefined,
      host: '127.0.0.1',
      dataDir: '/tmp/x',
      allowedHostNames: ['hub.local'],
    });
  });

  it.each([['--port', 'abc'], ['--port', '70000'], ['--port', '-1']])('refuses %s %s', (flag, value) => {
    expect(() => parseServeOptions([flag, value])).toThrow(/--port/);
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

  it('refuses an unknown option', () => {
    expect(() => parseServeOptions(['--colour'])).toThrow();
  });

  it('puts the data folder where Electron keeps the app data on each platform', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe('/cfg/Chamber');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toMatch(/Roaming[\\/]Chamber$/);
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Chamber$/);
  });
});
