/**
 * Every file of the console's uploads, in the order they were chosen: its name
 * and progress while it goes, then "Đã thêm", the warning or the refusal with its
 * reason. Each outcome stays until the secretary closes it (one button per file,
 * and one for all), so a refused file among many is never missed.
 */
import { formatCount } from '../../shared/i18n/formatNumber';
import { useLanguage, useT } from '../ui/language';
import { uploadOutcomeText } from './uploadOutcomeText';
import { dismissFinishedUploads, dismissUpload, isFinished, useUploads } from './uploads';
import type { Upload } from './uploads';
import './uploads.css';

export function UploadList() {
  const t = useT();
  const uploads = useUploads((state) => state.uploads);
  if (uploads.length === 0) return null;
  const finished = uploads.filter(isFinished).length;
  return (
    <section className="upload-list" aria-label={t('upload.listTitle')} data-testid="upload-list">
      <div className="upload-list-header">
        <h2>{t('upload.listTitle')}</h2>
        {finished > 1 && (
          <button type="button" className="button" onClick={dismissFinishedUploads} data-testid="upload-dismiss-all">
            {t('upload.dismissAll')}
          </button>
        )}
      </div>
      <ul className="upload-list-rows">
        {uploads.map((upload) => (
          <UploadRow key={upload.id} upload={upload} />
        ))}
      </ul>
    </section>
  );
}

function UploadRow({ upload }: { upload: Upload }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const { stage } = upload;
  const tone = stage.kind === 'refused' ? 'error' : stage.kind === 'added' && stage.warnings.length > 0 ? 'warning' : stage.kind === 'added' ? 'ok' : 'busy';
  return (
    <li className={`upload-item upload-item-${tone}`} data-testid="upload-row" data-stage={stage.kind} role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'}>
      <div className="upload-item-body">
        <span className="upload-item-text">{uploadOutcomeText(upload, t, (value) => formatCount(language, value))}</span>
        {stage.kind === 'uploading' && <progress max={1} value={stage.fraction} />}
        {stage.kind === 'checking' && <progress />}
      </div>
      {isFinished(upload) && (
        <button type="button" className="button" aria-label={t('upload.dismissOne', { name: upload.name })} onClick={() => dismissUpload(upload.id)}>
          {t('console.close')}
        </button>
      )}
    </li>
  );
}
