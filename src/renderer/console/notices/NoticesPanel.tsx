/** The secretary's notices tab: send a notice, follow who acknowledged it, and handle help requests and notes. */
import type { SessionState } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { HelpRequestList } from './HelpRequestList';
import { NoticeList } from './NoticeList';
import { SendNoticeForm } from './SendNoticeForm';
import './notices.css';

export function NoticesPanel({ connection, state }: { connection: SessionConnection; state: SessionState }) {
  // An ended session is a record: nothing is sent or handled any more.
  const ended = state.session?.status === 'ended';
  return (
    <div className="notices-panel">
      <div className="notices-column">
        {!ended && <SendNoticeForm connection={connection} state={state} />}
        <NoticeList state={state} />
      </div>
      <div className="notices-column">
        <HelpRequestList connection={connection} state={state} />
      </div>
    </div>
  );
}
