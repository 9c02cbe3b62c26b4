/**
 * "Kiểm tra hồ sơ": the hub recomputes every hash of the session's log and
 * says it is intact (with the number of events and the final hash) or which
 * event is the first that does not match; and a ballot receipt is checked:
 * in which vote it was counted, never what it said; and a minutes file is
 * checked against the record (MinutesFileCheck).
 */
import { useState } from 'react';
import { normalizeReceiptCode } from '../../../shared/protocol';
import type { ReceiptFinding, RecordCheck } from '../../../shared/protocol';
import { useT } from '../../ui/language';
// The minutes check: a DOCX or PDF against the record.
import { MinutesFileCheck } from './MinutesFileCheck';
import { checkReceipt, checkRecord } from './recordRequests';
import type { RecordTarget } from './recordRequests';

/** Vietnam's time, as the record states it: 14:05, 08/12/2026. */
const vietnamTime = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });

type Check = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; check: RecordCheck } | { kind: 'failed'; code: string };
type Receipt = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; code: string; finding: ReceiptFinding } | { kind: 'invalid' } | { kind: 'failed'; code: string };

export function RecordCheckSection({ target }: { target: RecordTarget }) {
  const t = useT();
  const [check, setCheck] = useState<Check>({ kind: 'idle' });
  const [typed, setTyped] = useState('');
  const [receipt, setReceipt] = useState<Receipt>({ kind: 'idle' });

  const runCheck = async () => {
    setCheck({ kind: 'running' });
    const result = await checkRecord(target);
    setCheck(result.ok ? { kind: 'done', check: result.value } : { kind: 'failed', code: result.code });
  };
  const runReceipt = async () => {
    const code = normalizeReceiptCode(typed);
    if (code === null) return setReceipt({ kind: 'invalid' });
    setReceipt({ kind: 'running' });
    const result = await checkReceipt(target, code);
    setReceipt(result.ok ? { kind: 'done', code, finding: result.value } : { kind: 'failed', code: result.code });
  };

  return (
    <section className="record-section" data-testid="record-check-section" aria-labelledby="record-check-title">
      <h3 id="record-check-title">{t('record.check.title')}</h3>
      <p className="panel-hint">{t('record.check.hint')}</p>
      <button type="button" className="button button-primary" disabled={check.kind === 'running'} onClick={() => void runCheck()} data-testid="record-check-run">
        {check.kind === 'running' ? t('record.check.running') : t('record.check.run')}
      </button>
      {check.kind === 'done' && check.check.ok && (
        <div className="record-check-ok" role="status" data-testid="record-check-result" data-ok="true">
          <p>{t('record.check.ok', { events: check.check.events })}</p>
          <p>
            {t('record.check.finalHash')}: <code className="record-hash">{check.check.finalHash}</code>
          </p>
        </div>
      )}
      {check.kind === 'done' && !check.check.ok && (
        <p className="lobby-failure" role="alert" data-testid="record-check-result" data-ok="false">
          {t('record.check.broken', { seq: check.check.seq, type: check.check.type, kind: t(`record.chainKind.${check.check.kind}`) })}
        </p>
      )}
      {check.kind === 'failed' && (
        <p className="lobby-failure" role="alert">
          {t('record.check.failed', { code: check.code })}
        </p>
      )}

      <h3>{t('record.receipt.title')}</h3>
      <form
        className="record-receipt-form"
        onSubmit={(event) => {
          event.preventDefault();
          void runReceipt();
        }}
      >
        <label>
          {t('record.receipt.label')}
          <input type="text" value={typed} maxLength={20} autoComplete="off" spellCheck={false} onChange={(event) => setTyped(event.target.value)} data-testid="record-receipt-code" />
        </label>
        <button type="submit" className="button" disabled={receipt.kind === 'running'} data-testid="record-receipt-run">
          {t('record.receipt.run')}
        </button>
      </form>
      {receipt.kind === 'invalid' && (
        <p className="lobby-failure" role="alert">
          {t('record.receipt.invalid')}
        </p>
      )}
      {receipt.kind === 'failed' && (
        <p className="lobby-failure" role="alert">
          {t('record.check.failed', { code: receipt.code })}
        </p>
      )}
      {receipt.kind === 'done' && (
        <p role="status" data-testid="record-receipt-result">
          {receiptText(t, receipt.code, receipt.finding)}
        </p>
      )}
      {/* The minutes check. */}
      <MinutesFileCheck target={target} />
    </section>
  );
}

function receiptText(t: ReturnType<typeof useT>, code: string, finding: ReceiptFinding): string {
  if (!finding.found) return t('record.receipt.notFound', { code });
  const seat = finding.seat === undefined ? '' : ` ${t('record.receipt.seat', { seat: finding.seat })}`;
  switch (finding.outcome) {
    case 'counted':
      return t('record.receipt.counted', { code, title: finding.voteTitle, time: finding.at === null ? '' : vietnamTime.format(finding.at) }) + seat;
    case 'open':
      return t('record.receipt.open', { code, title: finding.voteTitle }) + seat;
    case 'cancelled':
      return t('record.receipt.cancelled', { code, title: finding.voteTitle }) + seat;
  }
}
