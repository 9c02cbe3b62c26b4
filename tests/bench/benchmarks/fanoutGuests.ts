/**
 * fanout-guests: the hall as it is, with more devices than delegates. The hub
 * runs in its own process with a session of 500 seats and 1,000 guests; all
 * 1,500 devices (each guest on the delegates' audience) and the secretary run
 * in another. A change of the current item until every one of the 1,500
 * devices holds it, next to a bare ws server broadcasting the same bytes to
 * the same 1,500 clients, measured in the same run.
 */
import { sessionWithGuests } from '../../helpers/sessionWithGuests';
import type { Benchmark } from '../benchResult';
import { quantile, round } from '../benchResult';
import { baselineFanoutLatencies, FANOUT_REPETITIONS, FANOUT_WARM_UP, hubFanoutLatencies, itemIdsOf, startFanoutClients } from '../fanoutProcesses';
import { startBenchHub } from '../hubProcess';

const SEATS = 500;
const GUESTS = 1000;

export const fanoutGuestsBenchmark: Benchmark = {
  name: 'fanout-guests',
  async run({ log }) {
    const n = SEATS + GUESTS;
    const hub = await startBenchHub(sessionWithGuests(SEATS, GUESTS));
    let hubLatencies: number[];
    let itemIds: string[];
    try {
      itemIds = await itemIdsOf(hub.url, hub.tokenOf('secretary'));
      const guestTokens = hub.tokensOfRole('guest');
      if (guestTokens.length !== GUESTS) throw new Error(`the hub lists ${guestTokens.length} guest links, not ${GUESTS}`);
      const tokens = [...Array.from({ length: SEATS }, (_, i) => hub.tokenOf(`seat-${i + 1}`)), ...guestTokens];
      const clients = await startFanoutClients({ socketUrl: `${hub.url.replace('http', 'ws')}/ws`, tokens, driverToken: hub.tokenOf('secretary'), mode: 'hub', itemIds });
      try {
        hubLatencies = await hubFanoutLatencies(clients);
        clients.send({ type: 'stop' });
      } finally {
        clients.kill();
      }
    } finally {
      await hub.stop();
    }
    const baseline = await baselineFanoutLatencies(n, itemIds);
    const p50 = quantile(hubLatencies, 0.5);
    const p99 = quantile(hubLatencies, 0.99);
    const b50 = quantile(baseline, 0.5);
    const b99 = quantile(baseline, 0.99);
    log(`fanout-guests at ${n} devices (${GUESTS} guests): hub p99 ${round(p99, 2)} ms, baseline p99 ${round(b99, 2)} ms`);
    return {
      rows: [
        { name: 'fanout-guests', n, metric: 'p50_ms', value: round(p50, 2), baseline: round(b50, 2), ratio: round(p50 / b50, 2) },
        { name: 'fanout-guests', n, metric: 'p99_ms', value: round(p99, 2), baseline: round(b99, 2), ratio: round(p99 / b99, 2), goal: 'ratio <= 1.3' },
      ],
      notes: [`${n} devices (${SEATS} delegates, ${GUESTS} guests); ${FANOUT_REPETITIONS} changes of the current item after ${FANOUT_WARM_UP} to warm up; the baseline is a bare ws server broadcasting the same bytes to ${n} clients`],
    };
  },
};
