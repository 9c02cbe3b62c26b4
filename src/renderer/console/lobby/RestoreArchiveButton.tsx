/**
 * "Khôi phục từ bản lưu": picks an archive file, sends it with a progress
 * bar, and says what came of it. The hub checks every hash before anything
 * is written; a refusal is said plainly and nothing changes.
 */
import { useRef, useState } from 'react';
import { useT } from '../../ui/language';
import type { CatalogFailure } from './catalogApi';
import { catalogFailureText } from './catalogFailureText';
import { restoreArchive } from './restoreArchive';
import type { RestoredReply } from './restoreArchive';

interface RestoreArchiveButtonProps {
  httpBase: string;
  token: () => string;
  disabled: boolean;
  /** A session was restored: the lobby lists it again. */
  onRestored(reply: RestoredReply): void;
}

type Progress = { kind: 'idle' } | { kind: 'sending'; sent: number } | { kind: 'done'; reply: RestoredReply } | { kind: 'failed'; failure: CatalogFailure };

export function RestoreArchiveButton({ httpBase, token, disabled, onRestored }: RestoreArchiveButtonProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const sending = progress.kind === 'sending';

  const send = async (file: File) => {
    setProgress({ kind: 'sending', sent: 0 });
    const result = await restoreArchive(httpBase, token(), file, (sent) => setProgress({ kind: 'sending', sent }));
    if (!result.ok) {
      setProgress({ kind: 'failed', failure: result.failure });
      return;
    }
    setProgress({ kind: 'done', reply: result.value });
    onRestored(result.value);
  };

  return (
    <span className="lobby-restore">
      <button type="button" className="button button-large" disabled={disabled || sending} aria-describedby="lobby-restore-hint" onClick={() => input.current?.click()} data-testid="lobby-restore">
        {t('lobby.restore')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".gz,.tgz,application/gzip"
        hidden
        data-testid="lobby-restore-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void send(file);
        }}
      />
      <span id="lobby-restore-hint" className="field-hint">
        {t('lobby.restoreHint')}
      </span>
      {sending && (
        <span className="lobby-restore-progress" role="status">
          <progress max={1} value={progress.sent} aria-label={t('lobby.restore')} />
          {progress.sent < 1 ? t('lobby.restoring', { percent: Math.round(progress.sent * 100) }) : t('lobby.restoreChecking')}
        </span>
      )}
      {progress.kind === 'done' && (
        <span className="lobby-restore-done" role="status" data-testid="lobby-restore-done">
          {t('lobby.restored', { title: progress.reply.title, events: progress.reply.eventCount })}
        </span>
      )}
      {progress.kind === 'failed' && (
        <span className="lobby-failure" role="alert" data-testid="lobby-restore-failure">
          {catalogFailureText(t, progress.failure)}
        </span>
      )}
    </span>
  );
}
