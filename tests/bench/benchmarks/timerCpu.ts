/**
 * timer-cpu: the hub's CPU while a speaker's timer runs, with N devices
 * connected (pinging every 10 s as the apps do). The hub never broadcasts
 * ticks: every device draws the countdown from the turn's start time, so a
 * running timer should cost the hub next to nothing. Measured from the hub
 * process's user + system time (/proc/PID/stat) over 30 s.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol';
import { sessionWithSeats } from '../../helpers/sessionWithSeats';
import type { Benchmark } from '../benchResult';
import { round } from '../benchResult';
import { startBenchHub } from '../hubProcess';

const DEVICES = Number(process.env.BENCH_TIMER_DEVICES ?? 1500);
const MEASURE_MS = 30_000;
/** Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every architecture it runs on here. */
const TICKS_PER_SECOND = 100;

/** User + system CPU time of a process so far, in ms. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces), from field 3 on: utime is field 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

function waitMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type: string }) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`the device process exited with ${code}`)));
  });
}

/** The chair's socket: says hello, then sends commands and waits for their acks. */
async function chairSocket(url: string, token: string) {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/ws`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => ws.send(JSON.stringify({ type: 'hello', token, lastSeq: 0, protocolVersion: PROTOCOL_VERSION })));
    ws.on('message', (data) => {
      if ((JSON.parse(data.toString()) as { type: string }).type === 'snapshot') resolve();
    });
    ws.once('error', reject);
  });
  let next = 0;
  return {
    command(command: object): Promise<void> {
      const requestId = `chair${next++}`;
      return new Promise((resolve, reject) => {
        const onMessage = (data: WebSocket.RawData) => {
          const message = JSON.parse(data.toString()) as { type: string; requestId?: string; message?: string };
          if (message.requestId !== requestId) return;
          ws.off('message', onMessage);
          if (message.type === 'ack') resolve();
          else reject(new Error(`the chair's command was refused: ${message.message ?? message.type}`));
        };
        ws.on('message', onMessage);
        ws.send(JSON.stringify({ type: 'command', requestId, command }));
      });
    },
    close: () => ws.close(),
  };
}

export const timerCpuBenchmark: Benchmark = {
  name: 'timer-cpu',
  async run({ log }) {
    const hub = await startBenchHub(sessionWithSeats(DEVICES));
    const tokens = Array.from({ length: DEVICES }, (_, index) => hub.tokenOf(`seat-${index + 1}`));
    const devices = fork('out/bench/timerClients.mjs', [JSON.stringify({ socketUrl: `${hub.url.replace('http', 'ws')}/ws`, tokens })], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    try {
      await waitMessage(devices, 'ready');
      const chair = await chairSocket(hub.url, hub.tokenOf('chair'));
      // Settle after the connection storm: the figure is the timer's cost, not the hello's.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const allHoldTurn = waitMessage(devices, 'allHoldTurn');
      await chair.command({ type: 'speech.grantTo', name: 'Đại biểu số 1', kind: 'discussion', principalId: 'seat-1' });
      await allHoldTurn;
      const before = cpuMs(hub.pid);
      const startedAt = performance.now();
      await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));
      const cpuPct = ((cpuMs(hub.pid) - before) / (performance.now() - startedAt)) * 100;
      devices.send({ type: 'pongs' });
      const { pongs } = await waitMessage<{ pongs: number }>(devices, 'pongs');
      await chair.command({ type: 'speech.end' });
      chair.close();
      log(`timer-cpu at ${DEVICES}: hub CPU ${round(cpuPct, 2)} % over ${MEASURE_MS / 1000} s of a running timer`);
      return {
        rows: [{ name: 'timer-cpu', n: DEVICES, metric: 'cpu_pct', value: round(cpuPct, 2), goal: '< 5' }],
        notes: [
          `${DEVICES} delegates connected, each holding the granted turn and pinging every 10 s (${pongs} pongs by the end); the hub's user + system CPU over ${MEASURE_MS / 1000} s while the timer ran, as a share of one core`,
        ],
      };
    } finally {
      devices.kill();
      await hub.stop();
    }
  },
};
