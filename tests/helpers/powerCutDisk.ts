/**
 * A small ext4 file system on a loop device whose power can be cut: ext4's
 * `trigger_fs_error` aborts its journal and turns it read-only at once, so
 * everything not yet on disk is lost, as in a power cut. Then the machine
 * "comes back": unmount, `e2fsck -fy`, mount again. Needs root and a loop
 * device; where either is missing, creating the disk fails with a message
 * that says so, so a test built on it can never pass without a real cut.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export interface PowerCutDisk {
  /** Where the file system is mounted. */
  readonly mountPoint: string;
  /** The loop device, e.g. /dev/loop3. */
  readonly device: string;
  /** Stops the file system writing at once: what is not on disk now is lost. */
  cutPower(): void;
  /** The machine coming back: unmount, check and repair with e2fsck, mount again. Returns e2fsck's report. */
  restore(): string;
  /** Unmounts, detaches the loop device and deletes the image; safe to call at any point, more than once. */
  remove(): void;
}

const MOUNT_OPTIONS = 'errors=remount-ro';

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function describeFailure(error: unknown): string {
  const failed = error as { stderr?: string; message?: string };
  return (failed.stderr || failed.message || String(error)).trim();
}

function isMounted(mountPoint: string): boolean {
  return readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .some((line) => line.split(' ')[1] === mountPoint);
}

/** Creates an image of `sizeMegabytes`, formats it ext4 and mounts it with errors=remount-ro. */
export function createPowerCutDisk(sizeMegabytes = 48): PowerCutDisk {
  if (process.getuid?.() !== 0) {
    throw new Error('The power-cut test mounts an ext4 image on a loop device, which needs root. It cannot run here, and does not pass without it: run it as root (sudo npm run test:chaos), as CI does.');
  }
  const folder = mkdtempSync(join(tmpdir(), 'chamber-powercut-'));
  const image = join(folder, 'disk.img');
  const mountPoint = join(folder, 'mnt');
  let device = '';
  let removed = false;

  const remove = () => {
    if (removed) return;
    removed = true;
    const problems: string[] = [];
    if (isMounted(mountPoint)) {
      try {
        run('umount', [mountPoint]);
      } catch (error) {
        problems.push(`umount: ${describeFailure(error)}`);
      }
    }
    if (device) {
      try {
        run('losetup', ['-d', device]);
      } catch (error) {
        problems.push(`losetup -d ${device}: ${describeFailure(error)}`);
      }
    }
    if (problems.length === 0) rmSync(folder, { recursive: true, force: true });
    else throw new Error(`Could not clean up the power-cut disk in ${folder}: ${problems.join('; ')}`);
  };

  try {
    mkdirSync(mountPoint);
    writeFileSync(image, '');
    run('truncate', ['-s', `${sizeMegabytes}M`, image]);
    run('mkfs.ext4', ['-q', '-F', image]);
    device = run('losetup', ['--find', '--show', image]).trim();
    run('mount', ['-o', MOUNT_OPTIONS, device, mountPoint]);
  } catch (error) {
    try {
      remove();
    } catch {
      /* the first error says more */
    }
    throw new Error(`The power-cut test could not mount an ext4 image on a loop device (it needs root, a free loop device, mkfs.ext4 and e2fsck), so it cannot run and does not pass: ${describeFailure(error)}`, { cause: error });
  }

  const trigger = join('/sys/fs/ext4', basename(device), 'trigger_fs_error');
  if (!existsSync(trigger)) {
    remove();
    throw new Error(`The kernel offers no ${trigger}, so the power-cut test cannot cut the power and does not pass.`);
  }

  return {
    mountPoint,
    device,
    cutPower() {
      writeFileSync(trigger, '1');
    },
    restore() {
      run('umount', [mountPoint]);
      let report: string;
      try {
        report = run('e2fsck', ['-fy', device]);
      } catch (error) {
        // Exit status 1 means "errors corrected"; 4 and above mean some were left.
        const status = (error as { status?: number }).status ?? -1;
        const output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`;
        if (status !== 1) throw new Error(`e2fsck -fy ${device} exited with ${status}:\n${output}`, { cause: error });
        report = output;
      }
      run('mount', ['-o', MOUNT_OPTIONS, device, mountPoint]);
      return report;
    },
    remove,
  };
}
