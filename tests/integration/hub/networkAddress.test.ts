/**
 * The address the iPads use, over a real hub with SQLite on disk and real
 * sockets. The hub listens on 127.0.0.1; the interface table it chooses among
 * is a fixture (a laptop with Wi-Fi and Ethernet), so the choice is exercised
 * without binding to any other address.
 */
import { existsSync } from 'node:fs';
import type { NetworkInterfaceInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NETWORK_FILE } from '../../../src/main/hub/network/chosenAddress';
import type { InterfaceTable } from '../../../src/main/hub/network/hubInterfaces';
import type { Hub } from '../../../src/main/hub/startHub';
import type { HubMessage } from '../../../src/shared/protocol';
import { catalogCall } from '../../helpers/catalogApi';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

function v4(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: '255.255.255.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal, cidr: `${address}/24` };
}

const WIFI = '192.168.1.20';
const ETHERNET = '192.168.10.5';

let dataDir: string;
let hub: Hub;
let table: InterfaceTable;
const sockets: TestSocket[] = [];

async function start(): Promise<Hub> {
  return startTestHub(dataDir, { networkInterfaces: () => table, networkPollMs: 25 });
}

beforeEach(async () => {
  dataDir = makeDataDir();
  table = { lo: [v4('127.0.0.1', true)], eth0: [v4(ETHERNET)], wlan0: [v4(WIFI)], docker0: [v4('172.17.0.1')] };
  hub = await start();
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await hub.stop();
  removeDataDir(dataDir);
});

async function connect(principalId: string): Promise<TestSocket> {
  const socket = await TestSocket.connect(socketUrl(hub), tokenOf(hub, principalId));
  sockets.push(socket);
  return socket;
}

interface NetworkBody {
  chosen: string | null;
  address: string;
  publicUrl: string;
  warning: boolean;
  chosenMissing: boolean;
  interfaces: { name: string; address: string; kind: string; hallCandidate: boolean }[];
}

const linkTokens = (links: ReturnType<Hub['pairingLinks']>) => links.map((link) => [link.principalId, link.token]);

describe('GET /api/network', () => {
  it('lists the interfaces with the hall candidates first and names the best one in the links before any choice', async () => {
    const answer = await catalogCall(hub, 'GET', '/api/network', { token: hub.consoleToken });
    expect(answer.status).toBe(200);
    const body = answer.body as NetworkBody;
    expect(body.interfaces.map((entry) => [entry.name, entry.kind, entry.hallCandidate])).toEqual([
      ['wlan0', 'wifi', true],
      ['eth0', 'ethernet', true],
      ['docker0', 'virtual', false],
      ['lo', 'loopback', false],
    ]);
    expect(body).toMatchObject({ chosen: null, address: WIFI, publicUrl: `http://${WIFI}:${hub.port}`, warning: false, chosenMissing: false });
    expect(hub.pairingLinks().every((link) => link.url.startsWith(`http://${WIFI}:${hub.port}/`))).toBe(true);
  });

  it('answers the active secretary token and refuses no token, a delegate token and a foreign origin', async () => {
    expect((await catalogCall(hub, 'GET', '/api/network', { token: tokenOf(hub, 'secretary') })).status).toBe(200);
    expect((await catalogCall(hub, 'GET', '/api/network')).status).toBe(401);
    expect((await catalogCall(hub, 'GET', '/api/network', { token: tokenOf(hub, 'seat-1') })).status).toBe(401);
    expect((await catalogCall(hub, 'GET', '/api/network', { token: hub.consoleToken, headers: { origin: 'http://evil.example' } })).status).toBe(403);
  });
});

describe('POST /api/network', () => {
  it('refuses an address that is not this machine\'s, bad JSON, a wrong shape and no token, and changes nothing', async () => {
    const before = hub.publicUrl;
    const refusals = [
      await catalogCall(hub, 'POST', '/api/network', { token: hub.consoleToken, body: { address: '10.99.99.99' } }),
      await catalogCall(hub, 'POST', '/api/network', { token: hub.consoleToken, rawBody: '{"address":', headers: { 'content-type': 'application/json' } }),
      await catalogCall(hub, 'POST', '/api/network', { token: hub.consoleToken, body: { address: ETHERNET, extra: true } }),
      await catalogCall(hub, 'POST', '/api/network', { token: hub.consoleToken, body: { address: 42 } }),
      await catalogCall(hub, 'POST', '/api/network', { body: { address: ETHERNET } }),
    ];
    expect(refusals.map((answer) => [answer.status, (answer.body as { error: string }).error])).toEqual([
      [400, 'unknown_address'],
      [400, 'bad_json'],
      [400, 'invalid'],
      [400, 'invalid'],
      [401, 'unauthorized'],
    ]);
    expect(hub.publicUrl).toBe(before);
    expect(existsSync(join(dataDir, NETWORK_FILE))).toBe(false);
    expect(hub.network()?.chosen).toBeNull();
  });

  it('builds the pairing links on the chosen address with the same tokens, and tells the secretary the new links', async () => {
    const tokensBefore = linkTokens(hub.pairingLinks());
    const secretary = await connect('secretary');
    const from = secretary.messages.length;
    const answer = await catalogCall(hub, 'POST', '/api/network', { token: hub.consoleToken, body: { address: ETHERNET } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ chosen: ETHERNET, address: ETHERNET, publicUrl: `http://${ETHERNET}:${hub.port}` });
    expect(hub.publicUrl).toBe(`http://${ETHERNET}:${hub.port}`);
    expect(linkTokens(hub.pairingLinks())).toEqual(tokensBefore);
    for (const link of hub.pairingLinks()) expect(link.url).toBe(`http://${ETHERNET}:${hub.port}${new URL(link.url).pathname}#t=${link.token}`);
    const links = await secretary.waitFor((message): message is Extract<HubMessage, { type: 'pairingLinks' }> => message.type === 'pairingLinks', 'the new links', from);
    expect(links.links.every((link) => link.url.startsWith(`http://${ETHERNET}:${hub.port}/`))).toBe(true);
    // The old tokens still open a session: nothing was reissued.
    const delegate = await connect('seat-1');
    expect(delegate.messages.some((message) => message.type === 'welcome')).toBe(true);
  });

  it('tells every connected device the new address', async () => {
    const delegate = await connect('seat-2');
    const from = delegate.messages.length;
    expect((await catalogCall(hub, 'POST', '/api/network', { token: hub.consoleToken, body: { address: ETHERNET } })).status).toBe(200);
    const told = await delegate.waitFor((message): message is Extract<HubMessage, { type: 'hubAddress' }> => message.type === 'hubAddress', 'the new address', from);
    expect(told.url).toBe(`http://${ETHERNET}:${hub.port}`);
  });

  it('keeps the choice across a restart', async () => {
    expect((await catalogCall(hub, 'POST', '/api/network', { token: hub.consoleToken, body: { address: ETHERNET } })).status).toBe(200);
    const tokensBefore = linkTokens(hub.pairingLinks());
    await hub.stop();
    hub = await start();
    expect(hub.network()).toMatchObject({ chosen: ETHERNET, address: ETHERNET, chosenMissing: false });
    expect(hub.publicUrl).toBe(`http://${ETHERNET}:${hub.port}`);
    expect(linkTokens(hub.pairingLinks())).toEqual(tokensBefore);
  });
});

describe('a chosen address that goes away', () => {
  it('falls back to the best candidate while running, says so, tells the devices, and returns to the choice when it comes back', async () => {
    expect((await catalogCall(hub, 'POST', '/api/network', { token: hub.consoleToken, body: { address: ETHERNET } })).status).toBe(200);
    const delegate = await connect('seat-3');
    let from = delegate.messages.length;
    delete table.eth0;
    const fallback = await delegate.waitFor((message): message is Extract<HubMessage, { type: 'hubAddress' }> => message.type === 'hubAddress', 'the fallback address', from);
    expect(fallback.url).toBe(`http://${WIFI}:${hub.port}`);
    expect(hub.network()).toMatchObject({ chosen: ETHERNET, address: WIFI, chosenMissing: true });
    from = delegate.messages.length;
    table.eth0 = [v4(ETHERNET)];
    const back = await delegate.waitFor((message): message is Extract<HubMessage, { type: 'hubAddress' }> => message.type === 'hubAddress', 'the chosen address again', from);
    expect(back.url).toBe(`http://${ETHERNET}:${hub.port}`);
    expect(hub.network()).toMatchObject({ chosen: ETHERNET, address: ETHERNET, chosenMissing: false });
  });

  it('falls back at start when the chosen address is gone, and keeps the choice', async () => {
    expect((await catalogCall(hub, 'POST', '/api/network', { token: hub.consoleToken, body: { address: ETHERNET } })).status).toBe(200);
    await hub.stop();
    delete table.eth0;
    hub = await start();
    expect(hub.network()).toMatchObject({ chosen: ETHERNET, address: WIFI, chosenMissing: true });
    expect(hub.publicUrl).toBe(`http://${WIFI}:${hub.port}`);
  });

  it('warns when only loopback is left', async () => {
    await hub.stop();
    table = { lo: [v4('127.0.0.1', true)] };
    hub = await start();
    expect(hub.network()).toMatchObject({ warning: true, address: '127.0.0.1' });
  });
});
