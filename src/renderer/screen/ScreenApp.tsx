/**
 * The projector page. What it shows is the mode the secretary picked, or in
 * `auto` what the session is doing (see `shownScreenMode`): the current item,
 * the speaker with the timer, attendance, the presented page (zoomed to a
 * region when the presenter chose one), a vote and its result, a clock, a
 * blank screen or the emblem. Everything is sized from the viewport and
 * legible from the back of the hall.
 */
import { useRef } from 'react';
import { nextAutoChangeAt, shownScreenMode } from '../../shared/core';
import type { SessionState, ShownScreenMode } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import type { DocumentLibrary } from '../documents/documentLibrary';
import { useT } from '../ui/language';
import { useHubNow } from '../ui/useHubNow';
import { useSessionView } from '../ui/useSessionView';
import { PresentedPage } from './PresentedPage';
import { ScreenAttendance } from './ScreenAttendance';
import { ScreenClock } from './ScreenClock';
import { ScreenEmblem } from './ScreenEmblem';
import { ScreenFrame } from './ScreenFrame';
import { ScreenItem } from './ScreenItem';
import { screenResultVote } from './screenResultVote';
import { ScreenSpeaker } from './ScreenSpeaker';
import { ScreenUnpaired } from './ScreenUnpaired';
import { ScreenVote } from './ScreenVote';

/** How often `auto` looks at the clock, to let a held result go on time. */
const AUTO_CHECK_EVERY_MS = 500;

export function ScreenApp({ connection, library }: { connection: SessionConnection; library: DocumentLibrary }) {
  const status = useSessionView(connection.store, (view) => view.status);
  const state = useSessionView(connection.store, (view) => view.state);
  const hubClockOffsetMs = useSessionView(connection.store, (view) => view.hubClockOffsetMs);
  // The item current when each result first appeared here: a result attached to no item leaves when that changes.
  const firstShownAt = useRef(new Map<string, string | null>());
  const itemWhenFirstShown = (voteId: string) => firstShownAt.current.get(voteId);
  // The clock is watched only while a result's hold is still running, so an idle screen does not redraw.
  const changeAt = nextAutoChangeAt(state, itemWhenFirstShown);
  const holding = changeAt !== null && changeAt > Date.now() + (hubClockOffsetMs ?? 0);
  const hubNow = useHubNow(hubClockOffsetMs, holding, AUTO_CHECK_EVERY_MS);
  if (status === 'revoked' || status === 'unauthorized') return <ScreenUnpaired />;
  const mode = shownScreenMode(state, hubNow, itemWhenFirstShown);
  const vote = mode === 'result' ? screenResultVote(state, itemWhenFirstShown) : undefined;
  if (vote && !firstShownAt.current.has(vote.id)) firstShownAt.current.set(vote.id, state.currentItemId);
  return (
    <ScreenFrame mode={mode} state={state} status={status} onRetry={connection.retryNow}>
      <ScreenBody mode={mode} state={state} library={library} hubClockOffsetMs={hubClockOffsetMs} vote={vote} />
    </ScreenFrame>
  );
}

interface ScreenBodyProps {
  mode: ShownScreenMode;
  state: SessionState;
  library: DocumentLibrary;
  hubClockOffsetMs: number | null;
  vote: ReturnType<typeof screenResultVote>;
}

function ScreenBody({ mode, state, library, hubClockOffsetMs, vote }: ScreenBodyProps) {
  const t = useT();
  switch (mode) {
    case 'item':
      return <ScreenItem state={state} />;
    case 'speaker':
      return <ScreenSpeaker state={state} hubClockOffsetMs={hubClockOffsetMs} />;
    case 'attendance':
      return <ScreenAttendance state={state} />;
    case 'page':
      return <ScreenPresentation state={state} library={library} />;
    case 'result':
      return vote ? <ScreenVote vote={vote} /> : <ScreenNotice text={t('screen.noResult')} />;
    case 'clock':
      return <ScreenClock hubClockOffsetMs={hubClockOffsetMs} />;
    case 'blank':
      return <main className="screen-blank" data-testid="screen-blank" />;
    case 'emblem':
      return <ScreenEmblem state={state} />;
  }
}

function ScreenPresentation({ state, library }: { state: SessionState; library: DocumentLibrary }) {
  const t = useT();
  const presented = state.presentation ? state.documents.find((candidate) => candidate.id === state.presentation?.documentId) : undefined;
  if (!state.presentation || !presented) return <ScreenNotice text={t('screen.noPage')} />;
  return (
    <main className="screen-presenting">
      <header className="screen-presenting-header">
        <span className="screen-presenting-title">{presented.title}</span>
        <span data-testid="screen-page">{t('viewer.page', { page: state.presentation.page, pages: presented.pages })}</span>
      </header>
      <PresentedPage library={library} shownDocument={presented} page={state.presentation.page} zoom={state.screen.zoom} />
    </main>
  );
}

function ScreenNotice({ text }: { text: string }) {
  return (
    <main className="screen-main" data-testid="screen-notice">
      <h2 className="screen-item screen-waiting">{text}</h2>
    </main>
  );
}
