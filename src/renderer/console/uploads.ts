/**
 * The console's uploads, one row per file: waiting, uploading (with progress),
 * checked by the hub, then its outcome (added, added with a warning, or refused
 * with the reason). Files go one at a time per console. Every outcome stays
 * until the secretary dismisses it, so a refusal among many files is never lost.
 */
import { create } from 'zustand';
import type { UploadWarning } from '../../shared/protocol';
import { cleanFileName } from '../../shared/protocol/documentNames';
import { uploadDocument } from './uploadDocument';
import type { UploadRefusal, UploadTarget } from './uploadDocument';

export type UploadStage =
  | { kind: 'waiting' }
  | { kind: 'uploading'; fraction: number }
  /** Every byte sent; the hub is checking the file. */
  | { kind: 'checking' }
  | { kind: 'added'; warnings: UploadWarning[] }
  | { kind: 'refused'; refusal: UploadRefusal };

export interface Upload {
  id: number;
  itemId: string;
  /** The file's name as the hub will store it (NFC, no bidi or control characters). */
  name: string;
  stage: UploadStage;
}

interface UploadsState {
  uploads: Upload[];
}

export const useUploads = create<UploadsState>(() => ({ uploads: [] }));

/** True once the hub has answered (or the upload failed): the row waits for the secretary to close it. */
export function isFinished(upload: Upload): boolean {
  return upload.stage.kind === 'added' || upload.stage.kind === 'refused';
}

export function dismissUpload(id: number): void {
  useUploads.setState((state) => ({ uploads: state.uploads.filter((upload) => upload.id !== id || !isFinished(upload)) }));
}

/** Closes every finished row; files still under way stay. */
export function dismissFinishedUploads(): void {
  useUploads.setState((state) => ({ uploads: state.uploads.filter((upload) => !isFinished(upload)) }));
}

function setStage(id: number, stage: UploadStage): void {
  useUploads.setState((state) => ({ uploads: state.uploads.map((upload) => (upload.id === id ? { ...upload, stage } : upload)) }));
}

let nextId = 1;
let queue: Promise<void> = Promise.resolve();

/** Queues the files for upload to an item; each file's outcome is kept in its own row. */
export function uploadFiles(files: Iterable<File>, target: UploadTarget): void {
  for (const file of files) {
    const id = nextId++;
    useUploads.setState((state) => ({ uploads: [...state.uploads, { id, itemId: target.itemId, name: cleanFileName(file.name) || file.name, stage: { kind: 'waiting' } }] }));
    queue = queue.then(async () => {
      setStage(id, { kind: 'uploading', fraction: 0 });
      const result = await uploadDocument(file, target, (fraction) => setStage(id, fraction < 1 ? { kind: 'uploading', fraction } : { kind: 'checking' }));
      setStage(id, result.ok ? { kind: 'added', warnings: result.warnings } : { kind: 'refused', refusal: result });
    });
  }
}
