import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { minutesFontsDir } from '../../../../../src/main/minutes/render/minutesFontsDir';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..', '..');
const processWithResources = process as { resourcesPath?: string };

afterEach(() => {
  delete processWithResources.resourcesPath;
});

describe('minutesFontsDir', () => {
  it('finds resources/fonts of a checkout from the bundle (out/main) and from the sources', () => {
    expect(minutesFontsDir(join(ROOT, 'out', 'main'))).toBe(join(ROOT, 'resources', 'fonts'));
    expect(minutesFontsDir(join(ROOT, 'src', 'main', 'minutes', 'render'))).toBe(join(ROOT, 'resources', 'fonts'));
  });

  it("prefers the packed app's resources folder, where electron-builder copies the fonts", () => {
    processWithResources.resourcesPath = join(ROOT, 'resources');
    expect(minutesFontsDir('/nowhere/app.asar/out/main')).toBe(join(ROOT, 'resources', 'fonts'));
  });

  it('says where it looked when the font is nowhere', () => {
    expect(() => minutesFontsDir('/nowhere/at/all')).toThrow(/LiberationSerif-Regular\.ttf.*\/nowhere\/at\/all\/resources\/fonts/);
  });
});
