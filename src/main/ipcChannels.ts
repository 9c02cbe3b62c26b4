/** The IPC channels between the console's preload and the Electron main process. */
export const IPC_CHANNELS = {
  hub: 'chamber:hub',
  savePageAsPdf: 'chamber:save-page-as-pdf',
} as const;
