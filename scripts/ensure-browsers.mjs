// Makes sure the browsers the tests drive are on this machine: Debian's Chromium for
// Playwright, and WebKitGTK's WebDriver with Xvfb for the real-WebKit run. As root it
// installs what is missing with apt; otherwise it stops and names the command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const requirements = [
  { path: '/usr/bin/chromium', packages: ['chromium'] },
  { path: '/usr/bin/WebKitWebDriver', packages: ['webkit2gtk-driver'] },
  { path: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', packages: ['webkit2gtk-driver'] },
  { path: '/usr/bin/Xvfb', packages: ['xvfb', 'xauth'] },
  { path: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', packages: ['fonts-noto-core'] },
  // The HTTPS browser tests trust a test hub's CA the way a user does: NSS for Chromium, the system store for WebKitGTK.
  { path: '/usr/bin/certutil', packages: ['libnss3-tools'] },
  { path: '/usr/sbin/update-ca-certificates', packages: ['ca-certificates'] },
  // pdftoppm renders the printed pairing sheet's pages for tests/e2e/pairingSheet.spec.ts.
  { path: '/usr/bin/pdftoppm', packages: ['poppler-utils'] },
];

const missing = [...new Set(requirements.filter((r) => !existsSync(r.path)).flatMap((r) => r.packages))];
if (missing.length === 0) process.exit(0);

const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(`The browser tests need system packages that are missing: ${missing.join(', ')}.`);
  console.error(hasApt ? `Install them with:\n  sudo apt-get update && sudo ${command}` : 'Install Chromium, WebKitGTK WebDriver and Xvfb with your system package manager.');
  process.exit(1);
}

console.log(`Installing ${missing.join(', ')} for the browser tests…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
