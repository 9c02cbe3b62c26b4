/**
 * The import's preview: the file's sheet and column mapping, the rows that will
 * be imported and every problem row with its reason. Nothing changes until the
 * secretary presses "Nhập", which is disabled while a problem blocks the import.
 * A refusal from the hub is shown here and the preview stays, so nothing is lost.
 */
import { useEffect, useRef, useState } from 'react';
import { isBlockingProblem, ROSTER_LIMITS } from '../../../shared/roster';
import type { RosterRefusalCode } from '../../../shared/roster';
import { useT } from '../../ui/language';
import type { Translate } from '../../ui/language';
import { MappingFields } from './MappingFields';
import { postRoster } from './postRoster';
import type { RosterImportTarget } from './postRoster';
import { PreviewProblems } from './PreviewProblems';
import { PreviewRows } from './PreviewRows';
import { importErrorKey, refusalKey } from './rosterMessages';
import { useRosterFile } from './useRosterFile';

interface RosterImportDialogProps {
  file: File;
  target: RosterImportTarget;
  /** True when a roster already exists and the import replaces it. */
  replacing: boolean;
  onImported(counts: { seats: number; guests: number }): void;
  onClose(): void;
}

function refusalText(t: Translate, code: RosterRefusalCode): string {
  return code === 'too_many_rows' ? t('roster.refusal.too_many_rows', { limit: ROSTER_LIMITS.maxRows }) : t(refusalKey(code));
}

export function RosterImportDialog({ file, target, replacing, onImported, onClose }: RosterImportDialogProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const { state, setSheet, setMapping } = useRosterFile(file);
  const [sending, setSending] = useState(false);
  const [hubError, setHubError] = useState<string | null>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const preview = state.step === 'preview' ? state.preview : null;
  const blocked = preview !== null && preview.problems.some(isBlockingProblem);
  const empty = preview !== null && preview.seats.length + preview.guests.length === 0;

  async function submit() {
    if (!preview || blocked || empty) return;
    setSending(true);
    setHubError(null);
    const result = await postRoster(target, { seats: preview.seats, guests: preview.guests });
    setSending(false);
    if (result.ok) onImported({ seats: preview.seats.length, guests: preview.guests.length });
    else setHubError(t(importErrorKey(result.code)));
  }

  return (
    <dialog ref={dialog} className="roster-import-dialog" onClose={onClose} aria-label={t('roster.import.title')} data-testid="roster-import-dialog">
      <h2>{t('roster.import.title')}</h2>
      <p className="roster-file-name">{file.name}</p>
      {state.step === 'reading' && <p aria-busy="true">{t('roster.import.reading')}</p>}
      {state.step === 'refused' && (
        <p className="roster-refusal" role="alert" data-testid="roster-refusal">
          {refusalText(t, state.code)}
        </p>
      )}
      {preview && (
        <>
          {preview.sheetNames.length > 1 && (
            <label className="field">
              <span>{t('roster.import.sheet')}</span>
              <select name="sheet" value={preview.sheetName} onChange={(event) => setSheet(event.target.value)}>
                {preview.sheetNames.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <MappingFields preview={preview} onChange={setMapping} />
          <p className="roster-summary" data-testid="roster-import-summary">
            {t('roster.import.summary', { seats: preview.seats.length, guests: preview.guests.length })}
          </p>
          {replacing && <p className="roster-replace-warning">{t('roster.import.replaces')}</p>}
          <PreviewProblems problems={preview.problems} />
          <PreviewRows preview={preview} />
        </>
      )}
      {hubError && (
        <p className="roster-refusal" role="alert" data-testid="roster-import-error">
          {hubError}
        </p>
      )}
      <div className="form-actions">
        {preview && (
          <button type="button" className="button button-primary" disabled={blocked || empty || sending} aria-busy={sending} onClick={() => void submit()}>
            {sending ? t('roster.import.sending') : t('roster.import.submit')}
          </button>
        )}
        <button type="button" className="button" disabled={sending} onClick={() => dialog.current?.close()}>
          {t('console.cancel')}
        </button>
      </div>
    </dialog>
  );
}
