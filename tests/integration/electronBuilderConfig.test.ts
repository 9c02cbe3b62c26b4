/**
 * The packaged console ships with Electron's fuses set. Packaging cannot run
 * here (it downloads Electron), so electron-builder.yml is read and validated
 * by electron-builder's own loader and schema, and its fuses are checked.
 */
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(process.cwd(), null, null);
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema, so every key (the fuses' included) is one it knows", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('sets the fuses that close code-injection paths and keep cookies and the app archive safe', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('makes a Windows installer a secretary runs without an administrator: per-user, assisted, never asking for elevation', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.nsis?.selectPerMachineByDefault ?? false).toBe(false);
  });

  it('makes the Windows installer speak Vietnamese only', () => {
    expect(config.nsis?.installerLanguages).toEqual(['vi_VN']);
    expect(String(config.nsis?.language)).toBe('1066');
    expect(config.nsis?.multiLanguageInstaller ?? false).toBe(false);
  });

  it('has the Windows installer create a desktop shortcut', () => {
    expect(config.nsis?.createDesktopShortcut).toBe(true);
  });

  it("has the Windows uninstaller keep the data folder unless it is run with --delete-app-data", () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('rebuilds native modules for Electron on a real dist, and unpacks better-sqlite3 from the asar', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
  });

  it('ships the demo PDFs as extra resources, where the packaged hub reads them', () => {
    expect(config.extraResources).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'resources/demo/documents', to: 'demo/documents' })]));
  });

  // The minutes' PDF font.
  it('ships Liberation Serif as extra resources (fonts/), where the packaged hub looks for the PDF minutes\' font', () => {
    expect(config.extraResources).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'resources/fonts', to: 'fonts' })]));
  });

  it('packs the app into an asar archive, which onlyLoadAppFromAsar and the integrity check need', () => {
    expect(config.asar ?? true).toBe(true);
  });
});
