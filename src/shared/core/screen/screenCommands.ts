/**
 * Decisions about the big screen: the secretary picks its mode and how long a
 * published result stays; the presenter zooms the presented page to a region.
 * Repeating the current setting records nothing.
 */
import type { CommandOf, SessionState, ZoomRegion } from '../../protocol';
import type { DecideContext, Decision } from '../decision';
import { accept, reject } from '../decision';

export function setScreenMode(state: SessionState, command: CommandOf<'screen.setMode'>, ctx: DecideContext): Decision {
  if (state.screen.mode === command.mode) return accept();
  return accept({ type: 'screen.modeSet', mode: command.mode, at: ctx.now });
}

export function setResultHold(state: SessionState, command: CommandOf<'screen.setResultHold'>): Decision {
  if (state.screen.resultHoldSeconds === command.seconds) return accept();
  return accept({ type: 'screen.resultHoldSet', seconds: command.seconds });
}

function sameRegion(a: ZoomRegion | null, b: ZoomRegion | null): boolean {
  if (a === null || b === null) return a === b;
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

export function zoomPresentation(state: SessionState, command: CommandOf<'presentation.zoom'>, ctx: DecideContext): Decision {
  if (state.presentation === null && command.region !== null) return reject('nothing_presented', 'Nothing is presented: there is no page to zoom');
  if (sameRegion(state.screen.zoom, command.region)) return accept();
  return accept({ type: 'presentation.zoomed', region: command.region, at: ctx.now });
}
