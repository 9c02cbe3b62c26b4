/**
 * The one place where chaos tests put together the command line of a real
 * hub process on 127.0.0.1, so that a change of flags is a one-line change.
 */
import { startServe } from './serveProcess';
import type { ServeProcess } from './serveProcess';

export interface ServedHubOptions {
  dataDir: string;
  port: number;
  /** A session file to seed; the demo session when left out. */
  sessionFile?: string;
}

export interface ServedHub {
  process: ServeProcess;
  /** The hub's HTTP address. */
  url: string;
  /** Where clients open their WebSocket. */
  socketUrl: string;
}

export function serveHub(script: string, options: ServedHubOptions): ServedHub {
  const args = ['--port', String(options.port), '--host', '127.0.0.1', '--data', options.dataDir];
  args.push(...(options.sessionFile ? ['--session', options.sessionFile] : ['--demo']));
  return {
    process: startServe(script, args),
    url: `http://127.0.0.1:${options.port}`,
    socketUrl: `ws://127.0.0.1:${options.port}/ws`,
  };
}
