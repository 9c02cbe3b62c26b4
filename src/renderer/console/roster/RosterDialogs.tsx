/** The open dialog of the roster tab, and the command each one sends when the secretary confirms it. */
import type { SessionState } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';
import { useFeedback } from '../feedback';
import { useCommand } from '../useCommand';
import { ConfirmDialog } from './ConfirmDialog';
import { GuestForm } from './GuestForm';
import { guestChanges } from './guestDraft';
import type { RosterDialog } from './rosterDialog';
import { RosterImportDialog } from './RosterImportDialog';
import { SeatForm } from './SeatForm';
import { draftOfSeat, seatChanges } from './seatDraft';
import { VacateSeatDialog } from './VacateSeatDialog';

interface RosterDialogsProps {
  dialog: RosterDialog;
  connection: SessionConnection;
  state: SessionState;
  onClose(): void;
}

/** The next free seat number, offered when a delegate is added. */
function nextSeat(state: SessionState): number {
  return Math.max(0, ...state.seats.map((seat) => seat.seat)) + 1;
}

export function RosterDialogs({ dialog, connection, state, onClose }: RosterDialogsProps) {
  const t = useT();
  const show = useFeedback((feedback) => feedback.show);
  const { run, busy } = useCommand(connection);
  const accepted = async (command: Parameters<typeof run>[0]) => (await run(command)).ok;

  switch (dialog.kind) {
    case 'import':
      return (
        <RosterImportDialog
          file={dialog.file}
          target={{ httpBase: connection.httpBase, token: connection.token }}
          replacing={state.seats.length + state.guests.length > 0}
          onImported={(counts) => {
            show('ok', t('roster.import.done', counts));
            onClose();
          }}
          onClose={onClose}
        />
      );
    case 'addSeat':
      return (
        <SeatForm
          editing={null}
          initial={draftOfSeat({ seat: nextSeat(state), name: '', office: '', group: '', role: 'delegate' })}
          busy={busy}
          onSubmit={(row) => accepted({ type: 'seat.add', seat: row })}
          onClose={onClose}
        />
      );
    case 'editSeat': {
      const before = dialog.seat;
      return (
        <SeatForm
          editing={before}
          initial={draftOfSeat(before)}
          busy={busy}
          onSubmit={async (row) => {
            const changes = seatChanges(before, row);
            return Object.keys(changes).length === 0 || accepted({ type: 'seat.update', seat: before.seat, changes });
          }}
          onClose={onClose}
        />
      );
    }
    case 'vacate':
      return (
        <VacateSeatDialog
          seat={dialog.seat}
          now={Date.now()}
          busy={busy}
          onSubmit={({ at, reason }) => accepted({ type: 'seat.vacate', seat: dialog.seat.seat, at, reason })}
          onClose={onClose}
        />
      );
    case 'removeSeat':
      return (
        <ConfirmDialog
          title={t('roster.seat.removeTitle', { seat: dialog.seat.seat, name: dialog.seat.name })}
          text={t('roster.seat.removeText')}
          confirmLabel={t('roster.remove')}
          busy={busy}
          onConfirm={() => accepted({ type: 'seat.remove', seat: dialog.seat.seat })}
          onClose={onClose}
        />
      );
    case 'addGuest':
      return <GuestForm editing={null} busy={busy} onSubmit={(draft) => accepted({ type: 'guest.add', guest: draft })} onClose={onClose} />;
    case 'editGuest': {
      const before = dialog.guest;
      return (
        <GuestForm
          editing={before}
          busy={busy}
          onSubmit={async (draft) => {
            const changes = guestChanges(before, draft);
            return Object.keys(changes).length === 0 || accepted({ type: 'guest.update', guestId: before.id, changes });
          }}
          onClose={onClose}
        />
      );
    }
    case 'removeGuest':
      return (
        <ConfirmDialog
          title={t('roster.guest.removeTitle', { name: dialog.guest.name })}
          text={t('roster.guest.removeText')}
          confirmLabel={t('roster.remove')}
          busy={busy}
          onConfirm={() => accepted({ type: 'guest.remove', guestId: dialog.guest.id })}
          onClose={onClose}
        />
      );
  }
}
