import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { electronSqliteBindingPath } from '../../src/main/electronSqliteBinding';
import { freePort } from '../helpers/freePort';
import { serveHub } from '../helpers/serveHub';
import type { ServedHub } from '../helpers/serveHub';
import { electronVersion, nodeSqliteBinding, removeTemporaryFolders, temporaryFolder } from './helpers/desktopApp';

const require = createRequire(import.meta.url);
const script = join(process.cwd(), 'scripts', 'ensure-electron-sqlite.mjs');
const sqliteVersion = (require('better-sqlite3/package.json') as { version: string }).version;
const electronAbi = (createRequire(require.resolve('@electron/rebuild'))('node-abi') as { getAbi(target: string, runtime: string): string }).getAbi(electronVersion, 'electron');

interface ScriptRun {
  code: number | null;
  output: string;
}

/**
 * Runs the `npm start` step for an app folder, "offline": the prebuilt binaries and Electron's
 * headers are asked of a closed port on 127.0.0.1, so no request leaves the machine.
 */
async function ensureBinding(appDir: string): Promise<ScriptRun> {
  const closed = `http://127.0.0.1:${await freePort()}`;
  const child = spawn(process.execPath, [script, '--native-dir', join(appDir, '.electron-native')], {
    env: { ...process.env, npm_config_better_sqlite3_binary_host: closed, CHAMBER_ELECTRON_HEADERS_URL: closed },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output };
}

function stamp(bindingFile: string): void {
  writeFileSync(join(dirname(bindingFile), 'binding.json'), JSON.stringify({ betterSqlite3: sqliteVersion, electron: electronVersion, abi: electronAbi, platform: process.platform, arch: process.arch }));
}

let served: ServedHub | null = null;

afterEach(async () => {
  if (served) {
    served.process.child.kill('SIGTERM');
    await served.process.exited();
    served = null;
  }
});

afterAll(() => {
  removeTemporaryFolders();
});

describe('better-sqlite3 for Electron, as npm start gets it', () => {
  it('offline, says what it needs, exits with an error and leaves no binding behind', async () => {
    const appDir = temporaryFolder('chamber-native-');
    const run = await ensureBinding(appDir);
    expect(run.code).toBe(1);
    expect(run.output).toContain(`Electron ${electronVersion} (ABI ${electronAbi}`);
    expect(run.output).toContain('github.com/WiseLibs/better-sqlite3/releases');
    expect(run.output).toContain('https://www.electronjs.org/headers');
    expect(run.output).toContain('npm start');
    expect(existsSync(electronSqliteBindingPath(appDir, electronVersion))).toBe(false);
    expect(readdirSync(join(appDir, '.electron-native'))).toEqual([]);
  });

  it("does not take the system Node's build for Electron's", async () => {
    const appDir = temporaryFolder('chamber-native-');
    const binding = electronSqliteBindingPath(appDir, electronVersion);
    mkdirSync(dirname(binding), { recursive: true });
    copyFileSync(nodeSqliteBinding, binding);
    stamp(binding);
    const run = await ensureBinding(appDir);
    expect(run.code).toBe(1);
    expect(existsSync(binding)).toBe(false);
  });

  it('keeps a binding already built for this Electron, where the Electron entry looks for it, without asking the network', async () => {
    const appDir = temporaryFolder('chamber-native-');
    const binding = electronSqliteBindingPath(appDir, electronVersion);
    mkdirSync(dirname(binding), { recursive: true });
    // What the check reads of a real addon: the registration symbol for Electron's ABI.
    writeFileSync(binding, `\u007fELF…node_register_module_v${electronAbi}\0…`);
    stamp(binding);
    const run = await ensureBinding(appDir);
    expect(run.code).toBe(0);
    expect(run.output).toContain(`ready (${binding})`);
    expect(readFileSync(binding, 'utf8')).toContain(`node_register_module_v${electronAbi}`);
  });

  it("leaves npm run serve on the system Node's build", async () => {
    const dataDir = temporaryFolder('chamber-serve-');
    served = serveHub(join(process.cwd(), 'out', 'main', 'serve.cjs'), { dataDir, port: await freePort() });
    await served.process.ready();
    const maps = readFileSync(`/proc/${served.process.child.pid}/maps`, 'utf8');
    expect(maps).toContain(nodeSqliteBinding);
    expect(maps).not.toContain('.electron-native');
  });
});
