/**
 * "Lưu trữ kỳ họp": the hub packs the session (its databases copied while it
 * runs, every document, a manifest of hashes) and the console saves the file,
 * showing while it is made and downloaded, then the file's name.
 */
import { useState } from 'react';
import type { SessionState } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import { downloadArchive } from './recordRequests';
import type { RecordTarget } from './recordRequests';

type Progress = { kind: 'idle' } | { kind: 'working'; received: number | null } | { kind: 'done'; fileName: string } | { kind: 'failed'; code: string };

export function ArchiveSection({ target, state }: { target: RecordTarget; state: SessionState }) {
  const t = useT();
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const sessionId = state.session?.id;

  const archive = async () => {
    if (!sessionId) return;
    setProgress({ kind: 'working', received: null });
    const result = await downloadArchive(target, sessionId, (received) => setProgress({ kind: 'working', received }));
    setProgress(result.ok ? { kind: 'done', fileName: result.value.fileName } : { kind: 'failed', code: result.code });
  };

  return (
    <section className="record-section" data-testid="archive-section" aria-labelledby="record-archive-title">
      <h3 id="record-archive-title">{t('record.archive.title')}</h3>
      <p className="panel-hint">{t('record.archive.hint')}</p>
      <button type="button" className="button button-primary" disabled={!sessionId || progress.kind === 'working'} onClick={() => void archive()} data-testid="archive-run">
        {t('record.archive.run')}
      </button>
      {progress.kind === 'working' && (
        <p className="record-progress" role="status">
          <progress max={1} {...(progress.received === null ? {} : { value: progress.received })} aria-label={t('record.archive.title')} />
          {progress.received === null ? t('record.archive.preparing') : t('record.archive.progress', { percent: Math.round(progress.received * 100) })}
        </p>
      )}
      {progress.kind === 'done' && (
        <p role="status" data-testid="archive-done">
          {t('record.archive.done', { fileName: progress.fileName })}
        </p>
      )}
      {progress.kind === 'failed' && (
        <p className="lobby-failure" role="alert">
          {t('record.archive.failed', { code: progress.code })}
        </p>
      )}
    </section>
  );
}
