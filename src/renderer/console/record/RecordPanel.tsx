/**
 * The console's "Hồ sơ" (record) tab: what the session's record makes, and
 * checks. Each part is a section component of this folder: the minutes export
 * here; the count reports, the record checks and the archive are mounted
 * below it, one line each.
 */
import type { SessionState } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';
import { MinutesExportSection } from './MinutesExportSection';
import { CountReportSection } from './CountReportSection';
import './record.css';

interface RecordPanelProps {
  connection: SessionConnection;
  state: SessionState;
}

export function RecordPanel({ connection, state }: RecordPanelProps) {
  const t = useT();
  const target = { httpBase: connection.httpBase, token: connection.token };
  return (
    <div className="record-panel" data-testid="record-panel">
      <div className="panel-toolbar">
        <h2>{t('record.tab')}</h2>
      </div>
      <MinutesExportSection target={target} state={state} />
      <CountReportSection connection={connection} state={state} />
      {/* The other sections of the record, one line each (RecordCheckSection, ArchiveSection). */}
    </div>
  );
}
