/**
 * Where Liberation Serif is, for the PDF minutes. In a checkout (tests, `npm
 * run serve`, the CLI) it is `resources/fonts` at the project's root, a few
 * folders above the running file (out/main when bundled, src/main/minutes/render
 * under vitest); in the packed app electron-builder copies it to the app's
 * resources folder (`extraResources`), which Electron names in
 * `process.resourcesPath`, the main and the hub's utility process alike.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const MINUTES_FONT_FILES = {
  normal: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif-BoldItalic.ttf',
} as const;

/** How many folders above the running file a checkout's `resources` may be. */
const MAX_LEVELS_UP = 5;

/** The running file's folder; an ES module bundle (the benchmarks) has none, and looks from the working folder. */
function runningDir(): string {
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

let chosenDir: string | undefined;

/** Names the fonts' folder for this thread: the minutes worker is told where the hub found them. */
export function useMinutesFontsDir(dir: string): void {
  chosenDir = dir;
}

export function minutesFontsDir(entryDir: string = runningDir()): string {
  if (chosenDir !== undefined) return chosenDir;
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    ...(resourcesPath ? [join(resourcesPath, 'fonts')] : []),
    ...ancestors(entryDir).map((dir) => join(dir, 'resources', 'fonts')),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, MINUTES_FONT_FILES.normal)));
  if (found === undefined) throw new Error(`Liberation Serif (${MINUTES_FONT_FILES.normal}) is in none of: ${candidates.join(', ')}`);
  return found;
}

function ancestors(dir: string): string[] {
  const found: string[] = [];
  let current = dir;
  for (let level = 0; level <= MAX_LEVELS_UP; level++) {
    found.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return found;
}
