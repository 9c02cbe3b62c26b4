import type { ShellApi } from './electronTypes';

/** Electron's `shell`: it records the paths it was asked to open and opens nothing. */
export class StandInShell implements ShellApi {
  readonly openedPaths: string[] = [];

  openPath(path: string): Promise<string> {
    this.openedPaths.push(path);
    // Electron resolves with an error message, or '' when the path was opened.
    return Promise.resolve('');
  }
}
