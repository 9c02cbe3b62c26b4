/**
 * `electron-builder --linux --dir` as CI runs it without the internet: the project's own
 * electron-builder.yml, with Electron taken from a stand-in distribution and no native
 * rebuild (both would download). Returns the unpacked app folder.
 */
import { join } from 'node:path';
import { Arch, Platform, build } from 'electron-builder';
import { writeElectronDistStandIn } from './electronDistStandIn';

export async function packWithStandIn(workDir: string): Promise<string> {
  const electronDist = join(workDir, 'electron-dist');
  const output = join(workDir, 'dist');
  await writeElectronDistStandIn(electronDist);
  await build({
    projectDir: process.cwd(),
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: { electronDist, npmRebuild: false, directories: { output } },
  });
  return join(output, 'linux-unpacked');
}
