/**
 * A stand-in for Electron's unpacked linux-x64 distribution, for packaging without the
 * internet. electron-builder copies the distribution folder as it is, renames the `electron`
 * executable after the app, moves `LICENSE` to LICENSE.electron.txt, and flips the fuses in
 * the executable. So the stand-in holds exactly those: an executable that only says it is a
 * stand-in, carrying a fuse wire in Electron's own format (a sentinel, the wire's version and
 * length, one byte per fuse), and a LICENSE. The wire starts in Electron's shipped defaults, so
 * a packed build that still has them was not fused.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The marker @electron/fuses looks for in an Electron binary, just before the fuse wire. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;

/** A fuse's byte on the wire, as Electron writes it: the characters '0' and '1'. */
export const FuseByte = { DISABLE: 0x30, ENABLE: 0x31 } as const;

/** Electron's shipped fuse defaults, in the wire's order (FuseV1Options 0 to 7). */
const ELECTRON_DEFAULT_FUSES = [
  FuseByte.ENABLE, // RunAsNode
  FuseByte.DISABLE, // EnableCookieEncryption
  FuseByte.ENABLE, // EnableNodeOptionsEnvironmentVariable
  FuseByte.ENABLE, // EnableNodeCliInspectArguments
  FuseByte.DISABLE, // EnableEmbeddedAsarIntegrityValidation
  FuseByte.DISABLE, // OnlyLoadAppFromAsar
  FuseByte.DISABLE, // LoadBrowserProcessSpecificV8Snapshot
  FuseByte.ENABLE, // GrantFileProtocolExtraPrivileges
];

export async function writeElectronDistStandIn(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const executable = join(dir, 'electron');
  await writeFile(
    executable,
    Buffer.concat([
      Buffer.from('#!/bin/sh\necho "Electron stand-in for packaging checks: it runs nothing." >&2\nexit 1\n# '),
      Buffer.from(FUSE_SENTINEL),
      Buffer.from([FUSE_WIRE_VERSION, ELECTRON_DEFAULT_FUSES.length, ...ELECTRON_DEFAULT_FUSES]),
      Buffer.from('\n'),
    ]),
  );
  await chmod(executable, 0o755);
  await writeFile(join(dir, 'LICENSE'), 'Stand-in for Electron\'s LICENSE file, which electron-builder keeps beside the app.\n');
}
