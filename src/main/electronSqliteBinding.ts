import { join } from 'node:path';

/**
 * Where `npm start` puts better-sqlite3 built for Electron's ABI
 * (scripts/ensure-electron-sqlite.mjs, which names it the same way): a folder
 * of its own in the checkout, so node_modules keeps the system Node's build
 * for `npm run serve` and the tests.
 */
export function electronSqliteBindingPath(
  appPath: string,
  electronVersion: string,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): string {
  return join(appPath, '.electron-native', `better-sqlite3-electron-${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}
