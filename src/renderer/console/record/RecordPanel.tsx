/**
 * The console's record sections (the "Hồ sơ" tab's content): checking the
 * record and archiving the session. Minimal here; the tab's own panel, with
 * the minutes export, mounts these sections one line each.
 */
import type { SessionState } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { ArchiveSection } from './ArchiveSection';
import { RecordCheckSection } from './RecordCheckSection';

interface RecordPanelProps {
  connection: SessionConnection;
  state: SessionState;
}

export function RecordPanel({ connection, state }: RecordPanelProps) {
  const target = { httpBase: connection.httpBase, token: connection.token };
  return (
    <div className="record-panel" data-testid="record-panel">
      <RecordCheckSection target={target} />
      <ArchiveSection target={target} state={state} />
    </div>
  );
}
