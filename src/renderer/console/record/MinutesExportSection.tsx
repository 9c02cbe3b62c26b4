/**
 * "Xuất biên bản": the minutes of the whole session or of one sitting, as Word
 * (to edit) or PDF (to archive), made on the hub from the record. The
 * secretary sees that it is being made, and a plain reason when it cannot be.
 */
import { useState } from 'react';
import { chronologicalSittings } from '../../../shared/core';
import type { SessionState } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import { downloadMinutes } from './downloadMinutes';
import type { MinutesTarget } from './downloadMinutes';

interface MinutesExportSectionProps {
  target: MinutesTarget;
  state: SessionState;
}

type Progress = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; fileName: string } | { kind: 'failed'; message: string };

const KNOWN_ERRORS = ['no_events', 'no_sitting', 'no_vote', 'no_session', 'unreachable', 'chain_broken', 'busy', 'timeout'] as const;

function isKnownError(code: string): code is (typeof KNOWN_ERRORS)[number] {
  return (KNOWN_ERRORS as readonly string[]).includes(code);
}

export function MinutesExportSection({ target, state }: MinutesExportSectionProps) {
  const t = useT();
  const [sitting, setSitting] = useState<number | null>(null);
  const [format, setFormat] = useState<'docx' | 'pdf'>('docx');
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const working = progress.kind === 'working';

  const exportMinutes = async () => {
    setProgress({ kind: 'working' });
    const fallbackName = sitting === null ? t('minutes.fileName.session') : t('minutes.fileName.sitting', { sitting });
    const result = await downloadMinutes(target, { format, sitting }, fallbackName);
    if (result.ok) {
      setProgress({ kind: 'done', fileName: result.fileName });
      return;
    }
    // A broken record: the hub's own words name the event that does not match.
    const known = isKnownError(result.error)
      ? `${t(`record.minutes.error.${result.error}`)}${result.error === 'chain_broken' && result.message ? ` (${result.message})` : ''}`
      : result.message || result.error;
    setProgress({ kind: 'failed', message: t('record.minutes.failed', { message: known }) });
  };

  return (
    <section className="record-section" data-testid="minutes-export" aria-busy={working}>
      <h3>{t('record.minutes.title')}</h3>
      <p className="panel-hint">{t('record.minutes.help')}</p>
      <div className="record-fields">
        <label>
          {t('record.minutes.scope')}{' '}
          <select data-testid="minutes-scope" value={sitting === null ? '' : String(sitting)} onChange={(event) => setSitting(event.target.value === '' ? null : Number(event.target.value))}>
            <option value="">{t('record.minutes.wholeSession')}</option>
            {/* Numbered in the order they are held, as the minutes number them. */}
            {chronologicalSittings(state.sittings).map((entry, index) => (
              <option key={entry.id} value={String(index + 1)}>
                {t('record.minutes.sitting', { number: index + 1, title: entry.title })}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="record-format">
          <legend>{t('record.minutes.format')}</legend>
          <label>
            <input type="radio" name="minutes-format" value="docx" checked={format === 'docx'} onChange={() => setFormat('docx')} data-testid="minutes-format-docx" /> {t('record.minutes.docx')}
          </label>
          <label>
            <input type="radio" name="minutes-format" value="pdf" checked={format === 'pdf'} onChange={() => setFormat('pdf')} data-testid="minutes-format-pdf" /> {t('record.minutes.pdf')}
          </label>
        </fieldset>
        <button type="button" className="button button-primary" disabled={working} onClick={() => void exportMinutes()} data-testid="minutes-export-button">
          {working ? t('record.minutes.working') : t('record.minutes.export')}
        </button>
      </div>
      {working && <progress className="record-progress" aria-label={t('record.minutes.working')} data-testid="minutes-progress" />}
      {progress.kind === 'done' && (
        <p role="status" data-testid="minutes-done">
          {t('record.minutes.done', { fileName: progress.fileName })}
        </p>
      )}
      {progress.kind === 'failed' && (
        <p className="field-error" role="alert" data-testid="minutes-failed">
          {progress.message}
        </p>
      )}
    </section>
  );
}
