import { describe, expect, it } from 'vitest';
import { apply, decide } from '../../../../../src/shared/core';
import type { Decision } from '../../../../../src/shared/core';
import { commandSchema } from '../../../../../src/shared/protocol';
import type { DomainEvent, SessionState } from '../../../../../src/shared/protocol';
import { ctxFor, NOW, sessionState } from '../fixtures';

const state = sessionState();
const presenting = apply(state, { type: 'presentation.shown', presentation: { documentId: 'doc-a', page: 3, offset: 0 } });
const TOP_HALF = { x: 0, y: 0, width: 1, height: 0.5 };

function events(decision: Decision): DomainEvent[] {
  if (!decision.ok) throw new Error(`refused: ${decision.code} ${decision.message}`);
  return decision.events;
}

function after(from: SessionState, decision: Decision): SessionState {
  return events(decision).reduce(apply, from);
}

describe('the big screen commands', () => {
  it('[B1] starts in auto, holding a result 60 s, not zoomed', () => {
    expect(state.screen).toEqual({ mode: 'auto', resultHoldSeconds: 60, zoom: null });
  });

  it('[B2] records the mode the secretary picks, with its time, and nothing when it is already that mode', () => {
    const decision = decide(state, { type: 'screen.setMode', mode: 'clock' }, ctxFor('secretary'));
    expect(events(decision)).toEqual([{ type: 'screen.modeSet', mode: 'clock', at: NOW }]);
    const clock = after(state, decision);
    expect(clock.screen.mode).toBe('clock');
    expect(events(decide(clock, { type: 'screen.setMode', mode: 'clock' }, ctxFor('secretary')))).toEqual([]);
  });

  it('records the result hold time', () => {
    const held = after(state, decide(state, { type: 'screen.setResultHold', seconds: 15 }, ctxFor('secretary')));
    expect(held.screen.resultHoldSeconds).toBe(15);
  });

  it('[B2] refuses the screen commands to every role but the secretary, and the zoom to all but the secretary and chair', () => {
    for (const role of ['chair', 'delegate', 'guest', 'screen'] as const) {
      expect(decide(state, { type: 'screen.setMode', mode: 'blank' }, ctxFor(role))).toMatchObject({ ok: false, code: 'forbidden' });
      expect(decide(state, { type: 'screen.setResultHold', seconds: 5 }, ctxFor(role))).toMatchObject({ ok: false, code: 'forbidden' });
    }
    for (const role of ['delegate', 'guest', 'screen'] as const) {
      expect(decide(presenting, { type: 'presentation.zoom', region: TOP_HALF }, ctxFor(role))).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });

  it('zooms the presented page to a region and resets with a null region', () => {
    const zoomed = after(presenting, decide(presenting, { type: 'presentation.zoom', region: TOP_HALF }, ctxFor('chair')));
    expect(zoomed.screen.zoom).toEqual(TOP_HALF);
    expect(events(decide(zoomed, { type: 'presentation.zoom', region: TOP_HALF }, ctxFor('chair')))).toEqual([]);
    const reset = after(zoomed, decide(zoomed, { type: 'presentation.zoom', region: null }, ctxFor('secretary')));
    expect(reset.screen.zoom).toBeNull();
  });

  it('[B4] refuses a zoom when nothing is presented, and changes nothing', () => {
    expect(decide(state, { type: 'presentation.zoom', region: TOP_HALF }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'nothing_presented' });
  });

  it('[B4] keeps the zoom on a scroll of the same page, and drops it on another page, another document or a stop', () => {
    const zoomed = apply(presenting, { type: 'presentation.zoomed', region: TOP_HALF, at: NOW });
    expect(apply(zoomed, { type: 'presentation.shown', presentation: { documentId: 'doc-a', page: 3, offset: 0.4 } }).screen.zoom).toEqual(TOP_HALF);
    expect(apply(zoomed, { type: 'presentation.shown', presentation: { documentId: 'doc-a', page: 4, offset: 0 } }).screen.zoom).toBeNull();
    expect(apply(zoomed, { type: 'presentation.shown', presentation: { documentId: 'doc-b', page: 3, offset: 0 } }).screen.zoom).toBeNull();
    expect(apply(zoomed, { type: 'presentation.stopped' }).screen.zoom).toBeNull();
  });

  it('[B1] [B4] refuses at the edge a region outside the page, too small, or a mode or hold time that does not exist', () => {
    const bad = [
      { type: 'presentation.zoom', region: { x: 0.6, y: 0, width: 0.5, height: 0.5 } },
      { type: 'presentation.zoom', region: { x: 0, y: 0.7, width: 0.5, height: 0.5 } },
      { type: 'presentation.zoom', region: { x: 0, y: 0, width: 0.01, height: 0.5 } },
      { type: 'presentation.zoom', region: { x: -0.1, y: 0, width: 0.5, height: 0.5 } },
      { type: 'presentation.zoom', region: { x: 0, y: 0, width: 0.5, height: 0.5, scale: 3 } },
      { type: 'screen.setMode', mode: 'disco' },
      { type: 'screen.setResultHold', seconds: -1 },
      { type: 'screen.setResultHold', seconds: 1.5 },
      { type: 'screen.setResultHold', seconds: 100_000 },
    ];
    for (const command of bad) expect(commandSchema.safeParse(command).success, JSON.stringify(command)).toBe(false);
    expect(commandSchema.safeParse({ type: 'presentation.zoom', region: { x: 0.5, y: 0.5, width: 0.5, height: 0.5 } }).success).toBe(true);
  });
});
