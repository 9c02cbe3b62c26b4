import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { constants } from 'node:os';
import type { UtilityProcessApi, UtilityProcessModuleApi } from './electronTypes';

const parentPortShim = new URL('./utilityProcessParentPort.mjs', import.meta.url).href;

export interface ForkRecord {
  modulePath: string;
  args: string[];
  options: Electron.ForkOptions | undefined;
  process: StandInUtilityProcess;
}

/**
 * One utility process: a Node child from child_process.fork, with the
 * `message` and `exit` events and kill() (SIGTERM, as Electron on POSIX).
 */
export class StandInUtilityProcess extends EventEmitter implements UtilityProcessApi {
  readonly child: ChildProcess;
  readonly messages: unknown[] = [];
  exitCode: number | null = null;
  readonly exited: Promise<number>;

  constructor(modulePath: string, args: string[], options: Electron.ForkOptions | undefined) {
    super();
    this.child = fork(modulePath, args, {
      execArgv: ['--import', parentPortShim],
      env: { ...process.env, ...options?.env },
      stdio: options?.stdio === 'inherit' ? 'inherit' : 'pipe',
      serialization: 'advanced',
    });
    this.child.on('spawn', () => this.emit('spawn'));
    this.child.on('message', (message) => {
      this.messages.push(message);
      this.emit('message', message);
    });
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        // A process ended by a signal reports 128 + the signal's number, as a shell does.
        this.exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
        this.emit('exit', this.exitCode);
        resolve(this.exitCode);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  kill(): boolean {
    return this.child.kill('SIGTERM');
  }
}

/** Electron's `utilityProcess` module; it records every fork. */
export class StandInUtilityProcessModule implements UtilityProcessModuleApi {
  readonly forks: ForkRecord[] = [];

  fork(modulePath: string, args: string[] = [], options?: Electron.ForkOptions): Electron.UtilityProcess {
    const process = new StandInUtilityProcess(modulePath, args, options);
    this.forks.push({ modulePath, args, options, process });
    // The stand-in carries only the members of UtilityProcess that src/main uses (UtilityProcessApi).
    return process as unknown as Electron.UtilityProcess;
  }

  /** Electron ends its utility processes when the app exits. */
  killAll(): void {
    for (const { process } of this.forks) if (process.pid !== undefined) process.child.kill('SIGKILL');
  }
}
