/**
 * "Kiểm tra biên bản": the secretary picks a minutes file (DOCX or PDF) and the
 * hub checks it against the session record, as `verify --minutes` does: it
 * matches (the number of events and the final hash), or the first words where
 * the file and the record part are shown.
 */
import { useState } from 'react';
import type { MinutesCheckAnswer } from '../../../shared/protocol/minutesCheck';
import { MINUTES_CHECK_MAX_BYTES } from '../../../shared/protocol/minutesCheck';
import { useT } from '../../ui/language';
import { checkMinutesFile } from './minutesCheckRequest';
import type { RecordTarget } from './recordRequests';

type Check = { kind: 'idle' } | { kind: 'running'; fileName: string } | { kind: 'done'; fileName: string; answer: MinutesCheckAnswer } | { kind: 'failed'; fileName: string; code: string };

/** The refusals and mismatches the console words itself; any other code is shown as it is. */
const KNOWN_CODES = ['hash_mismatch', 'too_few_events', 'broken_record', 'cannot_rebuild', 'not_minutes', 'no_stamp', 'other_session', 'too_large', 'busy', 'timeout'] as const;
type KnownCode = (typeof KNOWN_CODES)[number];
const isKnownCode = (code: string): code is KnownCode => (KNOWN_CODES as readonly string[]).includes(code);

export function MinutesFileCheck({ target }: { target: RecordTarget }) {
  const t = useT();
  const [check, setCheck] = useState<Check>({ kind: 'idle' });

  const run = async (file: File) => {
    if (file.size > MINUTES_CHECK_MAX_BYTES) return setCheck({ kind: 'failed', fileName: file.name, code: 'too_large' });
    setCheck({ kind: 'running', fileName: file.name });
    const result = await checkMinutesFile(target, file);
    setCheck(result.ok ? { kind: 'done', fileName: file.name, answer: result.value } : { kind: 'failed', fileName: file.name, code: result.code });
  };
  const failure = (code: string) => (isKnownCode(code) ? t(`record.minutesCheck.error.${code}`) : t('record.minutesCheck.error.other', { code }));
  const word = (text: string) => (text === '' ? t('record.minutesCheck.ended') : text);

  return (
    <div className="record-minutes-check" data-testid="minutes-check">
      <h3>{t('record.minutesCheck.title')}</h3>
      <p className="panel-hint">{t('record.minutesCheck.hint')}</p>
      <label className="button">
        {t('record.minutesCheck.choose')}
        <input
          type="file"
          className="visually-hidden"
          accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          disabled={check.kind === 'running'}
          data-testid="minutes-check-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void run(file);
          }}
        />
      </label>
      {check.kind === 'running' && <p role="status">{t('record.minutesCheck.running', { fileName: check.fileName })}</p>}
      {check.kind === 'done' && check.answer.ok && (
        <div className="record-check-ok" role="status" data-testid="minutes-check-result" data-ok="true">
          <p>{t('record.minutesCheck.file', { fileName: check.fileName })}</p>
          <p>{t('record.minutesCheck.ok', { events: check.answer.events, hash: check.answer.finalHash })}</p>
        </div>
      )}
      {check.kind === 'done' && !check.answer.ok && (
        <div className="lobby-failure" role="alert" data-testid="minutes-check-result" data-ok="false">
          <p>{t('record.minutesCheck.file', { fileName: check.fileName })}</p>
          {check.answer.difference ? (
            <>
              <p>{t('record.minutesCheck.differs', { word: check.answer.difference.word, fileSays: word(check.answer.difference.fileSays), recordSays: word(check.answer.difference.recordSays) })}</p>
              {check.answer.difference.context !== '' && <p>{t('record.minutesCheck.after', { context: check.answer.difference.context })}</p>}
            </>
          ) : (
            <p>{failure(check.answer.code)}</p>
          )}
        </div>
      )}
      {check.kind === 'failed' && (
        <div className="lobby-failure" role="alert" data-testid="minutes-check-result" data-ok="false">
          <p>{t('record.minutesCheck.file', { fileName: check.fileName })}</p>
          <p>{failure(check.code)}</p>
        </div>
      )}
    </div>
  );
}
