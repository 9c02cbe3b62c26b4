/**
 * The roster tab (Đại biểu): the delegates by seat with their live connection
 * state or vacancy, and apart from them the guests. The secretary imports the
 * roster from Excel or CSV while the session is being prepared, edits it by hand
 * until the session ends, marks seats vacant, and exports it back to Excel.
 */
import { useState } from 'react';
import { countOnlineSeats, seatedSeats } from '../../shared/core';
import type { SessionState } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useLanguage, useT } from '../ui/language';
import { useSessionView } from '../ui/useSessionView';
import { useFeedback } from './feedback';
import { countOnlineGuests } from './onlineGuests';
import { QrDialog } from './QrDialog';
import { DelegatesTable } from './roster/DelegatesTable';
import { downloadRoster } from './roster/downloadRoster';
import { GuestsTable } from './roster/GuestsTable';
import type { RosterDialog } from './roster/rosterDialog';
import { RosterDialogs } from './roster/RosterDialogs';
import { RosterImportButton } from './roster/RosterImportButton';
import { useReissue } from './useReissue';
import './roster/roster.css';

export function DelegatesPanel({ connection, state, canPair }: { connection: SessionConnection; state: SessionState; canPair: boolean }) {
  const t = useT();
  const language = useLanguage((current) => current.language);
  const show = useFeedback((feedback) => feedback.show);
  const onlineIds = useSessionView(connection.store, (view) => view.online);
  const online = new Set(onlineIds);
  const links = useSessionView(connection.store, (view) => view.pairingLinks);
  const linked = new Set(links.map((link) => link.principalId));
  const needsCertificate = useSessionView(connection.store, (view) => view.pairingSetup !== null);
  const { reissue, busy } = useReissue(connection);
  const [shownId, setShownId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<RosterDialog | null>(null);
  const shown = links.find((link) => link.principalId === shownId);

  const status = state.session?.status ?? null;
  const isSecretary = canPair;
  const canEdit = isSecretary && status !== null && status !== 'ended';
  const preparing = status === 'preparing';
  const seated = seatedSeats(state.seats, Date.now());
  const onlineCount = countOnlineSeats(seated, onlineIds);

  async function exportRoster() {
    try {
      await downloadRoster(state, language);
    } catch {
      show('error', t('roster.export.failed'));
    }
  }

  return (
    <div className="delegates-panel roster-panel">
      <div className="panel-toolbar roster-toolbar">
        <h2>{t('console.tab.delegates')}</h2>
        <span className="panel-count" data-testid="delegates-online">
          {t('console.delegatesOnline', { online: onlineCount, total: seated.length })}
        </span>
        <span className="panel-count" data-testid="roster-seated">
          {t('roster.seatedCount', { seated: seated.length, seats: state.seats.length })}
        </span>
        <div className="roster-toolbar-actions">
          {canEdit && preparing && <RosterImportButton onFile={(file) => setDialog({ kind: 'import', file })} />}
          {canEdit && (
            <button type="button" className="button" onClick={() => setDialog({ kind: 'addSeat' })}>
              {t('roster.seat.add')}
            </button>
          )}
          <button type="button" className="button" onClick={() => void exportRoster()} disabled={state.seats.length + state.guests.length === 0}>
            {t('roster.export.button')}
          </button>
        </div>
      </div>
      {isSecretary && status === 'open' && <p className="roster-note">{t('roster.import.onlyPreparing')}</p>}
      {status === 'ended' && <p className="roster-note">{t('roster.readOnly')}</p>}
      <DelegatesTable
        seats={state.seats}
        online={online}
        linked={linked}
        canEdit={canEdit}
        canRemove={canEdit && preparing}
        canPair={canPair}
        onEdit={(seat) => setDialog({ kind: 'editSeat', seat })}
        onVacate={(seat) => setDialog({ kind: 'vacate', seat })}
        onRemove={(seat) => setDialog({ kind: 'removeSeat', seat })}
        onShowQr={setShownId}
      />
      <section className="roster-guests" aria-labelledby="roster-guests-title">
        <div className="panel-toolbar">
          <h3 id="roster-guests-title">{t('roster.guests.title')}</h3>
          <span className="panel-count" data-testid="roster-guest-count">
            {t('roster.guests.count', { count: state.guests.length })}
          </span>
          <span className="panel-count" data-testid="guests-online">
            {t('guest.online', { online: countOnlineGuests(state.guests, online) })}
          </span>
          {canEdit && (
            <button type="button" className="button" onClick={() => setDialog({ kind: 'addGuest' })}>
              {t('roster.guest.add')}
            </button>
          )}
        </div>
        <p className="roster-note">{t('roster.guests.note')}</p>
        <GuestsTable
          guests={state.guests}
          online={online}
          linked={linked}
          canEdit={canEdit}
          canPair={canPair}
          onEdit={(guest) => setDialog({ kind: 'editGuest', guest })}
          onRemove={(guest) => setDialog({ kind: 'removeGuest', guest })}
          onShowQr={setShownId}
        />
      </section>
      {dialog && <RosterDialogs dialog={dialog} connection={connection} state={state} onClose={() => setDialog(null)} />}
      {shown && <QrDialog link={shown} busy={busy} needsCertificate={needsCertificate} onReissue={reissue} onClose={() => setShownId(null)} />}
    </div>
  );
}
