import { EventEmitter } from 'node:events';
import type { AppApi } from './electronTypes';

type PathName = Parameters<AppApi['getPath']>[0];

/** An event a listener may cancel, as Electron passes to `before-quit`. */
export interface CancellableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

function cancellableEvent(): CancellableEvent {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** Who holds the single-instance lock of each user-data folder in this process, as Electron keeps one per folder. */
const instanceLocks = new Map<string, StandInApp>();

export interface StandInAppOptions {
  appPath: string;
  userData: string;
  documents: string;
  argv: string[];
  version: string;
}

/**
 * Electron's `app`: its paths, its events, the single-instance lock and quit.
 * It records what it was asked; `ready` comes when the test says so.
 */
export class StandInApp extends EventEmitter implements AppApi {
  readonly isPackaged = false;
  sandboxEnabled = false;
  quitRequests = 0;
  quitted = false;
  private readonly ready: Promise<void>;
  private markReady: () => void = () => undefined;
  private windowsToClose: () => Promise<void> = async () => undefined;

  constructor(private readonly options: StandInAppOptions) {
    super();
    this.ready = new Promise((resolve) => {
      this.markReady = resolve;
    });
  }

  /** Electron answers the app's package.json version. */
  getVersion(): string {
    return this.options.version;
  }

  getAppPath(): string {
    return this.options.appPath;
  }

  getPath(name: PathName): string {
    if (name === 'userData') return this.options.userData;
    if (name === 'documents') return this.options.documents;
    throw new Error(`The stand-in has no path for ${name}`);
  }

  /** Like Electron: the first instance on a user-data folder holds it; a later one is refused and the first hears `second-instance`. */
  requestSingleInstanceLock(): boolean {
    const holder = instanceLocks.get(this.options.userData);
    if (holder && holder !== this) {
      holder.emit('second-instance', cancellableEvent(), this.options.argv, process.cwd(), null);
      return false;
    }
    instanceLocks.set(this.options.userData, this);
    return true;
  }

  enableSandbox(): void {
    this.sandboxEnabled = true;
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Electron emits `ready` once it has started; here the test starts it. */
  becomeReady(): void {
    this.emit('ready', cancellableEvent(), {});
    this.markReady();
  }

  /** Lets the windows be closed when the app quits. */
  onQuitCloseWindows(close: () => Promise<void>): void {
    this.windowsToClose = close;
  }

  /**
   * Like Electron: `before-quit` may cancel it; otherwise the windows close,
   * then `will-quit` and `quit`, and the lock is let go.
   */
  quit(): void {
    this.quitRequests += 1;
    const event = cancellableEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    void this.windowsToClose().then(() => {
      const willQuit = cancellableEvent();
      this.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) return;
      if (instanceLocks.get(this.options.userData) === this) instanceLocks.delete(this.options.userData);
      this.quitted = true;
      this.emit('quit', cancellableEvent(), 0);
    });
  }
}
