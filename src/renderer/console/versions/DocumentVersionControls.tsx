/**
 * A document's versions in the console: its version number, the
 * supplementary mark (tài liệu bổ sung), and "Thay thế" to upload a new
 * version, with progress and the outcome kept beside the document until the
 * secretary closes it.
 */
import { useRef, useState } from 'react';
import type { DocumentInfo } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { formatCount } from '../../../shared/i18n/formatNumber';
import { useLanguage, useT } from '../../ui/language';
import { DocumentVersionBadges } from '../../ui/DocumentVersionBadges';
import { useCommand } from '../useCommand';
import { replaceDocumentFile, replaceFailureReason } from './replaceDocumentFile';

interface DocumentVersionControlsProps {
  connection: SessionConnection;
  document: DocumentInfo;
  canEdit: boolean;
}

type Outcome = { tone: 'ok' | 'error'; text: string };

export function DocumentVersionControls({ connection, document, canEdit }: DocumentVersionControlsProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const { run, busy } = useCommand(connection);
  const picker = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const replaceWith = async (file: File) => {
    setOutcome(null);
    setProgress({ name: file.name, fraction: 0 });
    const result = await replaceDocumentFile(file, { httpBase: connection.httpBase, token: connection.token, documentId: document.id }, (fraction) =>
      setProgress({ name: file.name, fraction }),
    );
    setProgress(null);
    setOutcome(
      result.ok
        ? { tone: 'ok', text: t('versions.replaced', { name: file.name, version: result.document.version }) }
        : { tone: 'error', text: t('versions.replaceFailed', { name: file.name, reason: replaceFailureReason(result.code, t, (value) => formatCount(language, value)) }) },
    );
  };

  return (
    <div className="document-version-controls" data-testid="document-version-controls">
      <DocumentVersionBadges document={document} showVersion />
      {canEdit && (
        <>
          <label className="document-supplementary-toggle">
            <input
              type="checkbox"
              checked={document.supplementary}
              disabled={busy}
              onChange={(event) => void run({ type: 'document.update', documentId: document.id, title: document.title, supplementary: event.target.checked })}
            />
            {t('versions.supplementary')}
          </label>
          <button type="button" className="button button-small" disabled={progress !== null} title={t('versions.replaceTitle', { title: document.title })} onClick={() => picker.current?.click()}>
            {t('versions.replace')}
          </button>
          <input
            ref={picker}
            type="file"
            accept="application/pdf,.pdf"
            hidden
            data-testid="replace-picker"
            aria-label={t('versions.replaceTitle', { title: document.title })}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void replaceWith(file);
            }}
          />
        </>
      )}
      {progress && (
        <div className="upload-row" role="status">
          <span>{t('versions.replacing', { name: progress.name, percent: Math.round(progress.fraction * 100) })}</span>
          <progress max={1} value={progress.fraction} />
        </div>
      )}
      {outcome && (
        <div className={`document-version-outcome document-version-outcome-${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : 'status'} data-testid="replace-outcome">
          <span>{outcome.text}</span>
          <button type="button" className="button button-small" onClick={() => setOutcome(null)}>
            {t('console.close')}
          </button>
        </div>
      )}
    </div>
  );
}
