/**
 * Trusts a hub's CA the way a user of this machine would, for the browser
 * tests over HTTPS: Chromium reads the user's NSS database (~/.pki/nssdb,
 * written with certutil from libnss3-tools), and WebKitGTK reads the system
 * store (/usr/local/share/ca-certificates + update-ca-certificates, as root).
 * Each returns a function that removes the CA again; call it in a finally or
 * afterAll so a failed test leaves nothing trusted behind.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

const SYSTEM_CA_FOLDER = '/usr/local/share/ca-certificates';

function nssDatabase(): string {
  return join(process.env.HOME ?? homedir(), '.pki', 'nssdb');
}

function requireTool(path: string, installHint: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing, so the CA cannot be trusted for this test. Install it with: apt-get install -y ${installHint}`);
}

/** Adds the CA to the user's NSS database as a trusted issuer of server certificates ("C,,"). */
export function trustInNss(caPem: string, nickname: string): () => void {
  requireTool('/usr/bin/certutil', 'libnss3-tools');
  const database = nssDatabase();
  if (!existsSync(join(database, 'cert9.db'))) {
    mkdirSync(database, { recursive: true, mode: 0o700 });
    execFileSync('certutil', ['-d', `sql:${database}`, '-N', '--empty-password'], { stdio: 'pipe' });
  }
  const folder = mkdtempSync(join(tmpdir(), 'chamber-ca-'));
  const file = join(folder, 'ca.pem');
  writeFileSync(file, caPem);
  try {
    execFileSync('certutil', ['-d', `sql:${database}`, '-A', '-t', 'C,,', '-n', nickname, '-i', file], { stdio: 'pipe' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return () => {
    execFileSync('certutil', ['-d', `sql:${database}`, '-D', '-n', nickname], { stdio: 'pipe' });
  };
}

/** True while the NSS database holds a certificate by that nickname. */
export function isInNss(nickname: string): boolean {
  try {
    execFileSync('certutil', ['-d', `sql:${nssDatabase()}`, '-L', '-n', nickname], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** Adds the CA to the system trust store. Needs root, as `update-ca-certificates` does. */
export function trustInSystemStore(caPem: string, name: string): () => void {
  requireTool('/usr/sbin/update-ca-certificates', 'ca-certificates');
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error('Trusting a CA in the system store needs root (update-ca-certificates); run the WebKit TLS test as root, as CI does.');
  }
  const file = join(SYSTEM_CA_FOLDER, `${name}.crt`);
  mkdirSync(SYSTEM_CA_FOLDER, { recursive: true });
  writeFileSync(file, caPem);
  execFileSync('update-ca-certificates', [], { stdio: 'pipe' });
  return () => {
    rmSync(file, { force: true });
    execFileSync('update-ca-certificates', ['--fresh'], { stdio: 'pipe' });
  };
}

/** The system bundle every TLS library on Debian reads. */
export const SYSTEM_CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';
