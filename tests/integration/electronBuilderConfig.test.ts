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

  it('packs the app into an asar archive, which onlyLoadAppFromAsar and the integrity check need', () => {
    expect(config.asar ?? true).toBe(true);
  });
});
