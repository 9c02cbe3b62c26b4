/**
 * The secretary's alert for help requests and notes: a badge in the console's
 * header with the number not yet handled, on every tab, and a chime when a new
 * one arrives. The badge opens the notices tab.
 */
import { useCallback } from 'react';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';
import { useSessionView } from '../../ui/useSessionView';
import { playHelpChime } from './helpChime';
import { openHelpRequests } from './noticeFigures';
import { useNewHelpRequests } from './useNewHelpRequests';
import './notices.css';

export function HelpAlert({ connection, onOpen }: { connection: SessionConnection; onOpen(): void }) {
  const t = useT();
  const requests = useSessionView(connection.store, (view) => view.state.helpRequests);
  const synced = useSessionView(connection.store, (view) => view.synced);
  const ring = useCallback(() => playHelpChime(), []);
  useNewHelpRequests(requests, synced, ring);
  const open = openHelpRequests(requests).length;
  if (open === 0) return null;
  return (
    <span role="status">
      <button type="button" className="help-badge" data-testid="help-badge" onClick={onOpen}>
        <span className="help-badge-count" aria-hidden="true">
          {open}
        </span>
        {t('notice.help.badge', { count: open })}
      </button>
    </span>
  );
}
