/**
 * The count reports (biên bản kiểm phiếu) in the Record tab: for each secret
 * election and confidence vote, its vote-counting board to enter, and the
 * report to download as DOCX or PDF once the ballot has been counted.
 */
import { useState } from 'react';
import { isSecretByLaw } from '../../../shared/protocol';
import type { SessionState, VoteInfo } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';
import { useFeedback } from '../feedback';
import { CountingBoardForm } from './CountingBoardForm';
import { countReportUrl, downloadHubFile } from './countReportLinks';
import type { MinutesFormat } from './countReportLinks';
import './countReports.css';

interface CountReportSectionProps {
  connection: SessionConnection;
  state: SessionState;
}

function isCounted(vote: VoteInfo): boolean {
  return vote.status === 'closed' || vote.status === 'published';
}

function CountReportDownloads({ connection, vote }: { connection: SessionConnection; vote: VoteInfo }) {
  const t = useT();
  const show = useFeedback((feedback) => feedback.show);
  const [busy, setBusy] = useState(false);
  const download = async (format: MinutesFormat) => {
    setBusy(true);
    try {
      const outcome = await downloadHubFile(countReportUrl(connection.httpBase, vote.id, format), connection.token, `bien-ban-kiem-phieu.${format}`);
      if (!outcome.ok) show('error', outcome.message ? t('countReport.downloadFailedBecause', { message: outcome.message }) : t('countReport.downloadFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="form-actions">
      {(['docx', 'pdf'] as const).map((format) => (
        <a
          key={format}
          className="button"
          href={countReportUrl(connection.httpBase, vote.id, format)}
          aria-disabled={busy}
          data-testid={`count-report-${format}`}
          onClick={(event) => {
            event.preventDefault();
            if (!busy) void download(format);
          }}
        >
          {t(format === 'docx' ? 'countReport.downloadDocx' : 'countReport.downloadPdf')}
        </a>
      ))}
    </div>
  );
}

export function CountReportSection({ connection, state }: CountReportSectionProps) {
  const t = useT();
  const votes = state.votes.filter((vote) => isSecretByLaw(vote.kind) && vote.secret);
  const readOnly = state.session?.status === 'ended';
  return (
    <section className="record-section" data-testid="count-reports">
      <h3>{t('countReport.title')}</h3>
      {votes.length === 0 && <p>{t('countReport.none')}</p>}
      {votes.map((vote) => (
        <article className="record-card" key={vote.id} data-testid="count-report-vote">
          <h4>{vote.title}</h4>
          <h5>{t('minutes.countReport.board')}</h5>
          {readOnly ? (
            <p>{(state.countingBoards[vote.id]?.members ?? []).map((member) => member.name).join('; ') || t('minutes.countReport.noBoard')}</p>
          ) : (
            <CountingBoardForm connection={connection} vote={vote} members={state.countingBoards[vote.id]?.members ?? []} />
          )}
          {isCounted(vote) ? <CountReportDownloads connection={connection} vote={vote} /> : <p>{t('countReport.notCounted')}</p>}
        </article>
      ))}
    </section>
  );
}
