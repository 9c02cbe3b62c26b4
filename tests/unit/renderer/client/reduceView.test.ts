import { describe, expect, it } from 'vitest';
import { initialView, reduceView } from '../../../../src/renderer/client/connectSession';
import { sessionState } from '../../shared/core/fixtures';

const state = sessionState();
const synced = reduceView(initialView(), { type: 'snapshot', seq: 4, state });

describe('the client view', () => {
  it('keeps the address the hub last told, and leaves the session state alone', () => {
    const told = reduceView(synced, { type: 'hubAddress', url: 'https://192.168.10.5:4800' });
    expect(told.hubAddress).toBe('https://192.168.10.5:4800');
    expect(told.state).toBe(synced.state);
    expect(told.seq).toBe(synced.seq);
  });

  it('takes a snapshot as the state and marks it synced', () => {
    expect(synced).toMatchObject({ seq: 4, synced: true, state });
  });

  it('applies events past its seq, skips ones it already has, and advances seq over gaps', () => {
    const target = state.agenda[1]?.id ?? null;
    const next = reduceView(synced, {
      type: 'events',
      events: [
        { seq: 3, at: 0, event: { type: 'agenda.currentSet', itemId: 'stale' } },
        { seq: 7, at: 0, event: { type: 'agenda.currentSet', itemId: target } },
      ],
    });
    expect(next.state.currentItemId).toBe(target);
    expect(next.seq).toBe(7);
  });

  it('marks the view unsynced on a new welcome until the catch-up arrives', () => {
    const welcomed = reduceView(synced, { type: 'welcome', protocolVersion: 1, sessionId: 's', principal: { id: 'seat-1', role: 'delegate', seat: 1, name: 'A' }, seq: 4, hubTime: 1_700_000_000_000 });
    expect(welcomed.synced).toBe(false);
    expect(reduceView(welcomed, { type: 'events', events: [] }).synced).toBe(true);
  });

  it('forgets the old session\'s live facts when the hub welcomes it into another session, and keeps them within the same one', () => {
    const live = reduceView(reduceView(synced, { type: 'presence', online: ['seat-1'] }), { type: 'ballotStatus', voteId: 'v1', voted: true });
    const welcome = (sessionId: string) =>
      reduceView(live, { type: 'welcome', protocolVersion: 3, sessionId, principal: { id: 'seat-1', role: 'delegate', seat: 1, name: 'A' }, seq: 1, hubTime: 1_700_000_000_000 });
    expect(welcome('another-session')).toMatchObject({ online: [], ballotStatus: {}, synced: false });
    expect(welcome(state.session?.id ?? '')).toMatchObject({ online: ['seat-1'], ballotStatus: { v1: true }, synced: false });
  });

  it('keeps an unsolicited error as a notice, and ignores errors that answer a command', () => {
    expect(reduceView(synced, { type: 'error', code: 'seq_ahead', message: 'x' }).notice).toEqual({ code: 'seq_ahead', message: 'x' });
    expect(reduceView(synced, { type: 'error', requestId: 'r1', code: 'forbidden', message: 'x' }).notice).toBeNull();
  });

  it('records presence and pairing links', () => {
    expect(reduceView(synced, { type: 'presence', online: ['seat-1'] }).online).toEqual(['seat-1']);
    const link = { principalId: 'seat-1', role: 'delegate' as const, seat: 1, name: 'A', token: 't', url: 'u' };
    expect(reduceView(synced, { type: 'pairingLinks', links: [link] }).pairingLinks).toEqual([link]);
  });

  it('records the setup page and the CA fingerprint that come with the pairing links, and forgets them when a later message has none', () => {
    const withSetup = reduceView(synced, { type: 'pairingLinks', links: [], setupUrl: 'http://10.0.0.2:4880/setup/', caFingerprint: 'AB:CD' });
    expect(withSetup.pairingSetup).toEqual({ setupUrl: 'http://10.0.0.2:4880/setup/', caFingerprint: 'AB:CD' });
    expect(reduceView(withSetup, { type: 'pairingLinks', links: [] }).pairingSetup).toBeNull();
  });
});
