/**
 * restart-reconnect: 500 delegates, each running the apps' own reconnect
 * state machine, are connected when the hub is stopped; it stays down for a
 * few seconds (long enough for the backoff to reach its ceiling) and starts
 * again on the same port and data. Measured: from the hub's first `/healthz`
 * answer after the restart until every delegate has been welcomed and has
 * received what it missed. Median of 5 restarts after a warm-up.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { sessionWithSeats } from '../../helpers/sessionWithSeats';
import type { Benchmark } from '../benchResult';
import { quantile, round } from '../benchResult';
import { startBenchHub } from '../hubProcess';

const CLIENTS = 500;
const RESTARTS = 5;
const DOWNTIME_MS = 3_000;

function waitMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the restart clients exited with ${code}`));
    const onMessage = (message: { type: string }) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as T);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export const restartReconnectBenchmark: Benchmark = {
  name: 'restart-reconnect',
  async run({ log }) {
    const hub = await startBenchHub(sessionWithSeats(CLIENTS));
    const config = { socketUrl: `${hub.url.replace('http', 'ws')}/ws`, tokens: Array.from({ length: CLIENTS }, (_, i) => hub.tokenOf(`seat-${i + 1}`)) };
    const clients = fork('out/bench/restartClients.mjs', [JSON.stringify(config)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    try {
      await waitMessage(clients, 'ready');
      const durations: number[] = [];
      for (let restart = 0; restart <= RESTARTS; restart += 1) {
        const watching = waitMessage(clients, 'watching');
        clients.send({ type: 'watch' });
        await watching;
        const converged = waitMessage<{ at: number }>(clients, 'converged');
        const healthyAt = await hub.restart(DOWNTIME_MS);
        const { at } = await converged;
        const duration = at - healthyAt;
        log(`restart-reconnect: restart ${restart}${restart === 0 ? ' (warm-up)' : ''}: all ${CLIENTS} back ${round(duration)} ms after the first /healthz`);
        if (restart > 0) durations.push(duration);
      }
      return {
        rows: [{ name: 'restart-reconnect', n: CLIENTS, metric: 'ms', value: round(quantile(durations, 0.5)), goal: '< 2000' }],
        notes: [`hub down ${DOWNTIME_MS / 1000} s each time, ${CLIENTS} HubClients in another process; median of ${RESTARTS} restarts after a warm-up`],
      };
    } finally {
      clients.kill();
      await hub.stop();
    }
  },
};
