/**
 * What the console says about one uploaded file at each stage, in the
 * secretary's language: the refusal's reason names the size limit or the page
 * limit where there is one, and a disk failure reads as it does for any command.
 */
import { MAX_DOCUMENT_PAGES } from '../../shared/protocol';
import type { PlainMessageKey } from '../../shared/i18n/translate';
import type { Translate } from '../ui/language';
import type { UploadErrorCode, UploadRefusal } from './uploadDocument';
import type { Upload } from './uploads';

type PlainRefusal = Exclude<UploadErrorCode, 'too_many_pages' | 'storage_full' | 'storage_read_only' | 'storage_failed'>;

/** The message key for a refusal whose reason needs no figure. */
export function uploadFailureKey(code: Exclude<UploadErrorCode, 'too_many_pages'>): PlainMessageKey {
  if (code === 'storage_full' || code === 'storage_read_only' || code === 'storage_failed') return `error.${code}`;
  return `upload.${code satisfies PlainRefusal}`;
}

/** Why the hub refused a file (or why it never got there). */
export function uploadRefusalReason(refusal: UploadRefusal, t: Translate, formatCount: (value: number) => string): string {
  if (refusal.code === 'too_large' && refusal.limitMegabytes !== undefined) return t('upload.tooLargeLimit', { limit: formatCount(refusal.limitMegabytes) });
  if (refusal.code === 'too_many_pages') return t('upload.too_many_pages', { max: formatCount(MAX_DOCUMENT_PAGES) });
  return t(uploadFailureKey(refusal.code));
}

/** The row's text: where the file is, or its outcome with its name. */
export function uploadOutcomeText(upload: Upload, t: Translate, formatCount: (value: number) => string): string {
  const { name, stage } = upload;
  switch (stage.kind) {
    case 'waiting':
      return t('upload.waiting', { name });
    case 'uploading':
      return t('console.uploading', { name });
    case 'checking':
      return t('upload.checking', { name });
    case 'added':
      return stage.warnings.includes('xfa_only') ? t('upload.warning.xfa_only', { name }) : t('console.uploaded', { name });
    case 'refused':
      return t('console.uploadFailed', { name, reason: uploadRefusalReason(stage.refusal, t, formatCount) });
  }
}
