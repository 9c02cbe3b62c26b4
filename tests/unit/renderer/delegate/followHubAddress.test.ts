import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { initialView } from '../../../../src/renderer/client/connectSession';
import type { SessionView } from '../../../../src/renderer/client/connectSession';
import { followHubAddress, MOVE_AFTER_OFFLINE_MS } from '../../../../src/renderer/delegate/followHubAddress';

const TOKEN = 'abcDEF123_-xyzXYZ';

function setup() {
  const store = createStore<SessionView>(() => ({ ...initialView(), status: 'online' }));
  const opened: string[] = [];
  followHubAddress(store, { pageOrigin: 'https://192.168.1.20:4800', appPath: '/delegate/', token: TOKEN, open: (url) => opened.push(url) });
  return { store, opened };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('following the hub to its new address', () => {
  it('reopens the app at the new address once the old one has stayed unreachable', () => {
    const { store, opened } = setup();
    store.setState({ hubAddress: 'https://192.168.10.5:4800' });
    store.setState({ status: 'offline' });
    vi.advanceTimersByTime(MOVE_AFTER_OFFLINE_MS - 1);
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual([`https://192.168.10.5:4800/delegate/#t=${TOKEN}`]);
  });

  it('stays when the old address answers again before the wait is over', () => {
    const { store, opened } = setup();
    store.setState({ hubAddress: 'https://192.168.10.5:4800', status: 'offline' });
    vi.advanceTimersByTime(MOVE_AFTER_OFFLINE_MS / 2);
    store.setState({ status: 'online' });
    vi.advanceTimersByTime(MOVE_AFTER_OFFLINE_MS * 2);
    expect(opened).toEqual([]);
  });

  it('ignores an address that is not the same hub on another host', () => {
    const { store, opened } = setup();
    store.setState({ hubAddress: 'https://evil.example:4800', status: 'offline' });
    vi.advanceTimersByTime(MOVE_AFTER_OFFLINE_MS * 2);
    expect(opened).toEqual([]);
  });

  it('does nothing while offline when the hub never told a new address', () => {
    const { store, opened } = setup();
    store.setState({ status: 'offline' });
    vi.advanceTimersByTime(MOVE_AFTER_OFFLINE_MS * 2);
    expect(opened).toEqual([]);
  });
});
