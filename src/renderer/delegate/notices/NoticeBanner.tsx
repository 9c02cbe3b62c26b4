/**
 * A notice from the secretariat on the iPad: a banner along the bottom of the
 * screen that stays until the delegate taps "Đã nhận"; beside an open document
 * it sits under the reader's pager, never over it (notices.css). It
 * sits below an open ballot (which covers the whole screen), so it never hides
 * the ballot's buttons. Several waiting notices show one at a time, oldest
 * first, with how many are left, never as a pile.
 */
import { useState } from 'react';
import type { Notice } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';
import { useSessionView } from '../../ui/useSessionView';
import { unacknowledgedNotices } from './unacknowledgedNotices';
import './notices.css';

export function NoticeBanner({ connection }: { connection: SessionConnection }) {
  const t = useT();
  const notices = useSessionView(connection.store, (view) => view.state.notices);
  const me = useSessionView(connection.store, (view) => view.me);
  // Acknowledged here and sent: hidden at once, before the hub's event comes back.
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(new Set());
  const [failed, setFailed] = useState(false);
  if (!me) return null;
  const waiting = unacknowledgedNotices(notices, me.id).filter((notice) => !acknowledged.has(notice.id));
  const [shown] = waiting;
  if (!shown) return null;

  async function acknowledge(notice: Notice) {
    setAcknowledged((current) => new Set([...current, notice.id]));
    const outcome = await connection.sendCommand({ type: 'notice.acknowledge', noticeId: notice.id });
    setFailed(!outcome.ok);
    if (!outcome.ok) {
      setAcknowledged((current) => new Set([...current].filter((id) => id !== notice.id)));
    }
  }

  return (
    <div className="notice-banner" role="alertdialog" aria-labelledby="notice-banner-title" aria-describedby="notice-banner-text" data-testid="notice-banner">
      <div className="notice-banner-body">
        <div id="notice-banner-title" className="notice-banner-title">
          {t('notice.banner.title')}
          {waiting.length > 1 && <span className="notice-banner-more"> · {t('notice.banner.more', { count: waiting.length - 1 })}</span>}
        </div>
        <p id="notice-banner-text" className="notice-banner-text" data-testid="notice-banner-text">
          {shown.text}
        </p>
        {failed && <p className="notice-banner-error">{t('error.offline')}</p>}
      </div>
      <button type="button" className="button button-primary notice-banner-acknowledge" onClick={() => void acknowledge(shown)} data-testid="notice-acknowledge">
        {t('notice.banner.acknowledge')}
      </button>
    </div>
  );
}
