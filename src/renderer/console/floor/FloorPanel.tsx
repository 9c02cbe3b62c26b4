/**
 * The console's floor tab: the turn in progress with its timer, the queue of
 * requests to speak in the chair's order, and the floor for someone not in it.
 * The chair runs it; the secretary sees the same without the controls.
 */
import type { Command, SessionState } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useSessionView } from '../../ui/useSessionView';
import { useCommand } from '../useCommand';
import { CurrentTurn } from './CurrentTurn';
import { EndedTurns } from './EndedTurns';
import { GrantToForm } from './GrantToForm';
import { SpeechQueue } from './SpeechQueue';
import './floor.css';

export function FloorPanel({ connection, state, canRun }: { connection: SessionConnection; state: SessionState; canRun: boolean }) {
  const hubClockOffsetMs = useSessionView(connection.store, (view) => view.hubClockOffsetMs);
  const { run, busy } = useCommand(connection);
  const send = (command: Command) => void run(command);
  return (
    <div className="floor-panel" data-testid="floor-panel">
      <CurrentTurn turn={state.floor.turn} hubClockOffsetMs={hubClockOffsetMs} canRun={canRun} busy={busy} onCommand={send} />
      <div className="floor-columns">
        <SpeechQueue
          state={state}
          hubClockOffsetMs={hubClockOffsetMs}
          canRun={canRun}
          busy={busy}
          onReorder={(requestIds) => send({ type: 'speech.reorder', requestIds })}
          onGrant={(requestId) => send({ type: 'speech.grant', requestId })}
        />
        <div className="floor-side">
          {canRun && (
            <GrantToForm
              state={state}
              busy={busy}
              onGrant={({ name, kind, principalId }) => send({ type: 'speech.grantTo', name, kind, ...(principalId === null ? {} : { principalId }) })}
            />
          )}
          <EndedTurns turns={state.floor.turns} />
        </div>
      </div>
    </div>
  );
}
