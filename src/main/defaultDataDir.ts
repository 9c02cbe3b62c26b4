import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The per-user app data folder, the same one Electron's `app.getPath('userData')`
 * gives for the product name, so the console and `npm run serve` share a session.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const product = 'Chamber';
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), product);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', product);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), product);
}
