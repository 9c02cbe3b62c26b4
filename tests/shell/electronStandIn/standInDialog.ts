import type { DialogApi } from './electronTypes';

/** Electron's `dialog`: it records what it was asked to show; a save dialog is cancelled. */
export class StandInDialog implements DialogApi {
  readonly errorBoxes: { title: string; content: string }[] = [];
  readonly saveDialogs: Electron.SaveDialogOptions[] = [];
  readonly messageBoxes: Electron.MessageBoxOptions[] = [];

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

  showMessageBox(
    windowOrOptions: Electron.BaseWindow | Electron.MessageBoxOptions,
    maybeOptions?: Electron.MessageBoxOptions,
  ): Promise<Electron.MessageBoxReturnValue> {
    const options = maybeOptions ?? (windowOrOptions as Electron.MessageBoxOptions);
    this.messageBoxes.push(options);
    // As if the first button was pressed.
    return Promise.resolve({ response: 0, checkboxChecked: false });
  }
}
