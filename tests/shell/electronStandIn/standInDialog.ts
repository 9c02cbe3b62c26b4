import type { DialogApi } from './electronTypes';

/** Electron's `dialog`: it records what it was asked to show; a save dialog is cancelled. */
export class StandInDialog implements DialogApi {
  readonly errorBoxes: { title: string; content: string }[] = [];
  readonly saveDialogs: Electron.SaveDialogOptions[] = [];

  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }

  showSaveDialog(
    windowOrOptions: Electron.BaseWindow | Electron.SaveDialogOptions,
    maybeOptions?: Electron.SaveDialogOptions,
  ): Promise<Electron.SaveDialogReturnValue> {
    const options = maybeOptions ?? windowOrOptions;
    this.saveDialogs.push(options);
    return Promise.resolve({ canceled: true, filePath: '' });
  }
}
