/**
 * The uploads under way in the console, with their progress, and the rule for
 * running them: one file at a time per console, each reported by name.
 */
import { create } from 'zustand';
import type { PlainMessageKey } from '../../shared/i18n/translate';
import type { Translate } from '../ui/language';
import { useFeedback } from './feedback';
import { uploadDocument } from './uploadDocument';
import type { UploadErrorCode, UploadTarget } from './uploadDocument';

export interface Upload {
  id: number;
  itemId: string;
  name: string;
  fraction: number;
}

interface UploadsState {
  uploads: Upload[];
}

export const useUploads = create<UploadsState>(() => ({ uploads: [] }));

/** The reason shown for a failed upload: a disk failure reads as it does for any command. */
export function uploadFailureKey(code: UploadErrorCode): PlainMessageKey {
  if (code === 'storage_full' || code === 'storage_read_only' || code === 'storage_failed') return `error.${code}`;
  return `upload.${code}`;
}

let nextId = 1;
let queue: Promise<void> = Promise.resolve();

/** Queues the files for upload to an item; each success or failure is reported with the file's name. */
export function uploadFiles(files: Iterable<File>, target: UploadTarget, t: Translate): void {
  for (const file of files) {
    const upload: Upload = { id: nextId++, itemId: target.itemId, name: file.name, fraction: 0 };
    useUploads.setState((state) => ({ uploads: [...state.uploads, upload] }));
    const setFraction = (fraction: number) =>
      useUploads.setState((state) => ({ uploads: state.uploads.map((u) => (u.id === upload.id ? { ...u, fraction } : u)) }));
    queue = queue.then(async () => {
      const result = await uploadDocument(file, target, setFraction);
      useUploads.setState((state) => ({ uploads: state.uploads.filter((u) => u.id !== upload.id) }));
      const { show } = useFeedback.getState();
      if (result.ok && result.warnings.includes('xfa_only')) show('warning', t('upload.warning.xfa_only', { name: file.name }));
      else if (result.ok) show('ok', t('console.uploaded', { name: file.name }));
      else show('error', t('console.uploadFailed', { name: file.name, reason: t(uploadFailureKey(result.code)) }));
    });
  }
}
