/** The iPad keeps its screen on during a sitting, and asks again after the page was hidden. */
import { describe, expect, it } from 'vitest';
import { holdScreenWakeLock } from '../../../../src/renderer/delegate/useScreenWakeLock';

function fakeIpad(options: { refuse?: boolean } = {}) {
  const listeners = new Set<() => void>();
  const sentinels: Array<{ released: boolean; release(): Promise<void> }> = [];
  const host = {
    navigator: {
      wakeLock: {
        request: async (_type: 'screen') => {
          if (options.refuse) throw new Error('NotAllowedError');
          const sentinel = {
            released: false,
            release: async () => {
              sentinel.released = true;
            },
          };
          sentinels.push(sentinel);
          return sentinel;
        },
      },
    },
    document: {
      visibilityState: 'visible' as DocumentVisibilityState,
      addEventListener: (_type: string, listener: () => void) => void listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => void listeners.delete(listener),
    },
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const setVisibility = async (state: DocumentVisibilityState) => {
    host.document.visibilityState = state;
    for (const listener of [...listeners]) listener();
    await settle();
  };
  return { host: host as unknown as Parameters<typeof holdScreenWakeLock>[0], sentinels, listeners, setVisibility, settle };
}

describe('the screen wake lock', () => {
  it('is held while the sitting page is visible', async () => {
    const ipad = fakeIpad();
    const stop = holdScreenWakeLock(ipad.host);
    await ipad.settle();
    expect(ipad.sentinels).toHaveLength(1);
    expect(ipad.sentinels[0]?.released).toBe(false);
    stop();
  });

  it('is asked for again when the page comes back after the system dropped it', async () => {
    const ipad = fakeIpad();
    const stop = holdScreenWakeLock(ipad.host);
    await ipad.settle();
    // The system releases the lock when the page is hidden.
    const first = ipad.sentinels[0];
    if (first) first.released = true;
    await ipad.setVisibility('hidden');
    expect(ipad.sentinels).toHaveLength(1);
    await ipad.setVisibility('visible');
    expect(ipad.sentinels).toHaveLength(2);
    expect(ipad.sentinels[1]?.released).toBe(false);
    stop();
  });

  it('is released, and no longer asked for, when the sitting ends', async () => {
    const ipad = fakeIpad();
    const stop = holdScreenWakeLock(ipad.host);
    await ipad.settle();
    stop();
    await ipad.settle();
    expect(ipad.sentinels[0]?.released).toBe(true);
    expect(ipad.listeners.size).toBe(0);
  });

  it('does nothing where the browser has no Wake Lock API, and survives a refusal', async () => {
    const stop = holdScreenWakeLock({ navigator: {}, document: fakeIpad().host.document });
    stop();
    const refusing = fakeIpad({ refuse: true });
    const stopRefusing = holdScreenWakeLock(refusing.host);
    await refusing.setVisibility('visible');
    expect(refusing.sentinels).toHaveLength(0);
    stopRefusing();
  });
});
