/** Help requests and notes from the iPads: who sent what and when, and "Đã xử lý". */
import type { HelpRequest, SessionState } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useClockTime } from '../../ui/useClockTime';
import { useT } from '../../ui/language';
import { useCommand } from '../useCommand';
import { helpRequestsInOrder, helpSender } from './noticeFigures';

export function HelpRequestList({ connection, state }: { connection: SessionConnection; state: SessionState }) {
  const t = useT();
  const requests = helpRequestsInOrder(state.helpRequests);
  return (
    <section className="help-list" aria-labelledby="help-list-title">
      <h2 id="help-list-title">{t('notice.help.title')}</h2>
      {requests.length === 0 && <p className="panel-hint">{t('notice.help.empty')}</p>}
      <ul>
        {requests.map((request) => (
          <HelpRequestRow key={request.id} connection={connection} state={state} request={request} />
        ))}
      </ul>
    </section>
  );
}

function HelpRequestRow({ connection, state, request }: { connection: SessionConnection; state: SessionState; request: HelpRequest }) {
  const t = useT();
  const clockTime = useClockTime();
  const { run, busy } = useCommand(connection);
  const sender = helpSender(state, request);
  const open = request.resolvedAt === null;
  return (
    <li className={open ? 'help-row help-row-open' : 'help-row'} data-testid="help-row" data-open={open}>
      <div className="help-row-head">
        <strong>{t(`notice.help.kind.${request.kind}`)}</strong>
        <span>{'seat' in sender ? t('notice.help.fromSeat', sender) : t('notice.help.fromGuest', { name: sender.guest })}</span>
        <span className="panel-hint">{t('notice.help.at', { time: clockTime(request.at) })}</span>
      </div>
      {request.text && <p className="help-row-text">{request.text}</p>}
      {open && state.session?.status !== 'ended' ? (
        <button type="button" className="button button-small" disabled={busy} onClick={() => void run({ type: 'help.resolve', requestId: request.id })} data-testid="help-resolve">
          {t('notice.help.resolve')}
        </button>
      ) : open ? (
        <span className="panel-hint">{t('notice.help.notResolved')}</span>
      ) : (
        <span className="panel-hint">{t('notice.help.resolvedAt', { time: clockTime(request.resolvedAt ?? request.at) })}</span>
      )}
    </li>
  );
}
