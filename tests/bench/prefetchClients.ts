/**
 * The prefetch benchmark's devices, in a process of their own: each device
 * has its own keep-alive agent with two sockets (as the iPad's prefetcher
 * downloads two at a time) and fetches every file of the set, reading each
 * body to its end. On "go" all devices start at once; the process answers
 * with the time until the last device has everything, and the bytes read.
 */
import { Agent, get } from 'node:http';

interface PrefetchClientsConfig {
  baseUrl: string;
  /** One per device; empty for the baseline server, which asks for none. */
  tokens: string[];
  /** The paths to fetch, in order. */
  paths: string[];
  perDevice: number;
}

const config = JSON.parse(process.argv[2] ?? '{}') as PrefetchClientsConfig;

function fetchAll(agent: Agent, token: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = get(`${config.baseUrl}${path}`, { agent, headers: token ? { Authorization: `Bearer ${token}` } : {} }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`${path} answered ${response.statusCode}`));
        return;
      }
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
      response.on('end', () => resolve(bytes));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

async function device(token: string): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: config.perDevice });
  let next = 0;
  let bytes = 0;
  const worker = async () => {
    while (next < config.paths.length) {
      const path = config.paths[next] as string;
      next += 1;
      // Read into its own constant first: `bytes += await …` would add to a stale total when two downloads end together.
      const read = await fetchAll(agent, token, path);
      bytes += read;
    }
  };
  await Promise.all(Array.from({ length: config.perDevice }, worker));
  agent.destroy();
  return bytes;
}

process.on('message', (message: { type: string; devices?: number }) => {
  if (message.type !== 'go') return;
  const tokens = config.tokens.slice(0, message.devices ?? config.tokens.length);
  const started = performance.now();
  Promise.all(tokens.map(device)).then(
    (perDevice) => process.send?.({ type: 'result', ms: performance.now() - started, bytes: perDevice.reduce((sum, b) => sum + b, 0) }),
    (error: unknown) => process.send?.({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
process.send?.({ type: 'ready' });
