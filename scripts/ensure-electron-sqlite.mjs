// Makes sure `npm start` has better-sqlite3 built for Electron's ABI.
//
// The hub runs in Electron's utility process, whose Node has Electron's ABI: the binding that
// `npm install` built for the system Node cannot load there. This step puts a second copy, built
// for Electron, in a folder of its own (.electron-native/), which the Electron entry hands to the
// hub as better-sqlite3's `nativeBinding`. node_modules is left alone, so `npm run serve` and the
// tests keep the plain Node binding.
//
// It asks @electron/rebuild, on a copy of better-sqlite3, for better-sqlite3's prebuilt binary for
// this Electron (from GitHub), or else a build from source against Electron's headers (from
// electronjs.org, with a C++ toolchain). The result is checked to be built for Electron's ABI.
// When that cannot be had (offline, say) it says what it needs and exits with 1, so `npm start`
// never opens a hub that cannot load SQLite.
//
// Options: --native-dir <folder> (default .electron-native in the checkout).
// Environment: npm_config_better_sqlite3_binary_host (a mirror of the prebuilt binaries),
// CHAMBER_ELECTRON_HEADERS_URL (a mirror of Electron's headers).
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const { values } = parseArgs({ options: { 'native-dir': { type: 'string' } } });
const nativeDir = resolve(values['native-dir'] ?? join(root, '.electron-native'));

const electronVersion = require('electron/package.json').version;
const sqliteVersion = require('better-sqlite3/package.json').version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
// node-abi comes with @electron/rebuild and prebuild-install; it knows each Electron's ABI.
const electronAbi = createRequire(require.resolve('@electron/rebuild'))('node-abi').getAbi(electronVersion, 'electron');
const { platform, arch } = process;

// The same name as electronSqliteBindingPath() in src/main/electronSqliteBinding.ts.
const bindingDir = join(nativeDir, `better-sqlite3-electron-${electronVersion}-${platform}-${arch}`);
const binding = join(bindingDir, 'better_sqlite3.node');
const stampFile = join(bindingDir, 'binding.json');
const stamp = { betterSqlite3: sqliteVersion, electron: electronVersion, abi: electronAbi, platform, arch };

if (isReady()) {
  console.log(`better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}: ready (${binding})`);
  process.exit(0);
}

console.log(`Getting better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (ABI ${electronAbi}, ${platform}-${arch})…`);
const stage = join(nativeDir, `stage-${process.pid}`);
try {
  const built = await buildInStage();
  if (!hasAbi(built, electronAbi)) {
    throw new Error(`the binding that was built is not for Electron's ABI ${electronAbi} (a node-gyp set up for another Node, e.g. a "nodedir" in .npmrc?)`);
  }
  rmSync(bindingDir, { recursive: true, force: true });
  mkdirSync(bindingDir, { recursive: true });
  renameSync(built, binding);
  writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  console.log(`better-sqlite3 for Electron ${electronVersion}: ready (${binding})`);
} catch (error) {
  rmSync(bindingDir, { recursive: true, force: true });
  console.error(failureMessage(error instanceof Error ? error.message : String(error)));
  process.exitCode = 1;
} finally {
  rmSync(stage, { recursive: true, force: true });
}

/** True when the binding is there, was made for these versions, and is built for Electron's ABI. */
function isReady() {
  if (!existsSync(binding) || !existsSync(stampFile)) return false;
  try {
    const recorded = JSON.parse(readFileSync(stampFile, 'utf8'));
    return Object.entries(stamp).every(([key, value]) => recorded[key] === value) && hasAbi(binding, electronAbi);
  } catch {
    return false;
  }
}

/**
 * A Node addon registers itself through an exported `node_register_module_v<ABI>` symbol, whose
 * name sits in the file as plain text (ELF, Mach-O and PE alike).
 */
function hasAbi(file, abi) {
  return readFileSync(file).includes(`node_register_module_v${abi}\0`);
}

/** Rebuilds a copy of better-sqlite3 (without its Node build) for Electron, and returns where the binding is. */
async function buildInStage() {
  const moduleCopy = join(stage, 'node_modules', 'better-sqlite3');
  mkdirSync(dirname(moduleCopy), { recursive: true });
  cpSync(sqliteDir, moduleCopy, { recursive: true, filter: (source) => !source.startsWith(join(sqliteDir, 'build')) });
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: 'chamber-electron-sqlite', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }));
  // A nodedir set for the system Node would build against its headers instead of Electron's.
  delete process.env.npm_config_nodedir;
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({
    buildPath: stage,
    electronVersion,
    arch,
    onlyModules: ['better-sqlite3'],
    force: true,
    mode: 'sequential',
    ...(process.env.CHAMBER_ELECTRON_HEADERS_URL ? { headerURL: process.env.CHAMBER_ELECTRON_HEADERS_URL } : {}),
  });
  const built = join(moduleCopy, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(built)) throw new Error('the rebuild finished without a binding');
  return built;
}

function failureMessage(reason) {
  return [
    '',
    `Chamber cannot start: its hub needs better-sqlite3 ${sqliteVersion} built for Electron ${electronVersion} (ABI ${electronAbi}, ${platform}-${arch}), and it could not be had.`,
    `Reason: ${reason}`,
    '',
    'It needs one of:',
    `  - internet access to GitHub, for better-sqlite3's prebuilt binary (github.com/WiseLibs/better-sqlite3/releases, tag v${sqliteVersion});`,
    "  - or internet access to Electron's headers (https://www.electronjs.org/headers) and a C++ toolchain (Python 3 and a C++ compiler; on Windows the Visual Studio Build Tools) to build it from source.",
    'Connect this computer to the internet and run `npm start` again. `npm run serve` runs the hub under plain Node and needs neither.',
    '',
  ].join('\n');
}
