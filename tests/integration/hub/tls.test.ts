/**
 * A hub with TLS (issue 8, section 3): HTTPS and WSS on its port, trusted
 * through its own CA, and a plain-HTTP port that serves only the iPad setup
 * page, the profile and /healthz, and redirects everything else to HTTPS.
 */
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { runCli } from '../../../src/main/cli';
import type { Hub } from '../../../src/main/hub/startHub';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol';
import { httpGet } from '../../helpers/httpGet';
import { socketUrl, tokenOf, useHubForFile } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

let hub: Hub;
let dataDir: string;
useHubForFile(
  (started, dir) => {
    hub = started;
    dataDir = dir;
  },
  { transport: { kind: 'generated-tls' }, httpPort: 0, tlsHandshakeTimeoutMs: 1_000 },
);

const caPem = () => {
  if (!hub.ca) throw new Error('The hub made no CA');
  return hub.ca.certPem;
};
const setupBase = () => `http://127.0.0.1:${hub.httpPort}`;

describe('the HTTPS port', () => {
  it('serves HTTPS addresses and answers /healthz to a client that trusts the hub CA', async () => {
    expect(hub.localUrl).toBe(`https://127.0.0.1:${hub.port}`);
    expect(hub.publicUrl).toMatch(/^https:\/\//);
    expect(hub.pairingLinks().every((link) => link.url.startsWith('https://'))).toBe(true);
    const health = await httpGet(`${hub.localUrl}/healthz`, { ca: caPem() });
    expect(health.status).toBe(200);
    expect(health.json()).toMatchObject({ ok: true });
  });

  it('prints https:// pairing links from `chamber pairing`, read from the running hub', async () => {
    const lines: string[] = [];
    expect(await runCli(['pairing', '--data', dataDir, '--format', 'json'], { out: (line) => lines.push(line), err: (line) => lines.push(line) })).toBe(0);
    const links = JSON.parse(lines.join('\n')) as Array<{ url: string }>;
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) expect(link.url.startsWith(`${hub.publicUrl}/`)).toBe(true);
    expect(hub.publicUrl).toMatch(/^https:\/\//);
  });

  it('refuses a client that does not trust the hub CA', async () => {
    await expect(httpGet(`${hub.localUrl}/healthz`)).rejects.toMatchObject({ code: expect.stringMatching(/CERT|SIGNATURE|ISSUER/) });
  });

  it('speaks WSS to a client that trusts the hub CA: hello, snapshot, a command and its ack', async () => {
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'), 0, { ca: caPem() });
    expect(socketUrl(hub)).toMatch(/^wss:\/\//);
    expect(secretary.state.session).not.toBeNull();
    expect(await secretary.command({ type: 'agenda.setCurrent', itemId: secretary.state.agenda[0]?.id ?? null })).toMatchObject({ type: 'ack' });
    secretary.close();
  });

  it('refuses a WSS client that does not trust the hub CA before any message is exchanged', async () => {
    const ws = new WebSocket(socketUrl(hub));
    const failure = await new Promise<Error>((resolve) => ws.once('error', resolve));
    expect((failure as NodeJS.ErrnoException).code).toMatch(/CERT|SIGNATURE|ISSUER/);
  });

  it('does not speak plain WS on the TLS port', async () => {
    const ws = new WebSocket(socketUrl(hub).replace(/^wss:/, 'ws:'));
    await new Promise<void>((resolve) => {
      ws.once('error', () => resolve());
      ws.once('open', () => resolve());
    });
    expect(ws.readyState).not.toBe(WebSocket.OPEN);
    const health = await httpGet(`${hub.localUrl}/healthz`, { ca: caPem() });
    expect(health.json()).toMatchObject({ ok: true });
  });
});

/** Opens raw TCP connections to the HTTPS port from `localAddress`, sending nothing. */
function idleConnections(count: number, localAddress: string): Promise<Socket[]> {
  return Promise.all(
    Array.from({ length: count }, () =>
      new Promise<Socket>((resolve, reject) => {
        const socket = connect({ port: hub.port, host: '127.0.0.1', localAddress }, () => resolve(socket));
        socket.once('error', reject);
      }),
    ),
  );
}

const closedWithin = (socket: Socket, ms: number) =>
  new Promise<boolean>((resolve) => {
    if (socket.destroyed) resolve(true);
    socket.once('close', () => resolve(true));
    setTimeout(() => resolve(false), ms);
  });

describe('idle connections from one device on the Wi-Fi', () => {
  it('are held to a share per address, so the hub still answers everyone else', async () => {
    const idle = await idleConnections(80, '127.0.0.2');
    try {
      const closed = await Promise.all(idle.map((socket) => closedWithin(socket, 500)));
      expect(closed.filter((wasClosed) => !wasClosed).length).toBe(48);
      expect((await httpGet(`${hub.localUrl}/healthz`, { ca: caPem() })).status).toBe(200);
    } finally {
      for (const socket of idle) socket.destroy();
    }
  });

  it('are dropped when they do not finish a TLS handshake in time', async () => {
    const [idle] = await idleConnections(1, '127.0.0.3');
    if (!idle) throw new Error('no connection');
    try {
      expect(await closedWithin(idle, 10_000)).toBe(true);
    } finally {
      idle.destroy();
    }
  });
});

describe('the plain-HTTP setup port', () => {
  it('answers /healthz', async () => {
    const health = await httpGet(`${setupBase()}/healthz`);
    expect(health.status).toBe(200);
    expect(health.json()).toMatchObject({ ok: true, protocolVersion: PROTOCOL_VERSION });
  });

  it('serves the setup page with the steps to trust the CA, Vietnamese first, then English', async () => {
    const page = await httpGet(`${setupBase()}/setup/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    // What the page shows: the steps' ">" are escaped in the HTML source.
    const html = page.text().replace(/&gt;/g, '>');
    const vietnamese = html.indexOf('Cài đặt > Đã tải về hồ sơ > Cài đặt');
    const trust = html.indexOf('Cài đặt chung > Giới thiệu > Cài đặt tin cậy chứng nhận');
    const english = html.indexOf('Settings > General > About > Certificate Trust Settings');
    expect(vietnamese).toBeGreaterThan(0);
    expect(trust).toBeGreaterThan(vietnamese);
    expect(english).toBeGreaterThan(trust);
    expect(html).toContain('/setup/chamber-ca.mobileconfig');
    expect(html).toContain(hub.ca?.fingerprint256);
    expect(html).toContain(`https://127.0.0.1:${hub.port}/delegate/`);
    expect(html).not.toContain('Đồng chí');
  });

  it('hands out the CA as an iPad configuration profile', async () => {
    const profile = await httpGet(`${setupBase()}/setup/chamber-ca.mobileconfig`);
    expect(profile.status).toBe(200);
    expect(profile.headers['content-type']).toBe('application/x-apple-aspen-config');
    expect(profile.text()).toContain('<string>com.apple.security.root</string>');
    const der = caPem().replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, '');
    expect(profile.text()).toContain(der);
  });

  it.each(['/', '/delegate/', '/console/', '/api/local-token?role=secretary', '/documents/' + 'a'.repeat(64) + '.pdf', '/assets/x.js'])(
    'redirects %s to the same address over HTTPS instead of serving it in clear text',
    async (path) => {
      const answer = await httpGet(`${setupBase()}${path}`);
      expect(answer.status).toBe(302);
      expect(answer.headers.location).toBe(`https://127.0.0.1:${hub.port}${path}`);
      expect(answer.text()).toBe('');
    },
  );

  it('refuses to upgrade to a WebSocket', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${hub.httpPort}/ws`);
    const failure = await new Promise<Error>((resolve) => ws.once('error', resolve));
    expect(failure.message).toMatch(/Unexpected server response|socket hang up/);
  });

  it('refuses other methods and host names it does not answer to', async () => {
    expect((await httpGet(`${setupBase()}/setup/`, { headers: { Host: 'evil.example' } })).status).toBe(421);
    const posted = await fetch(`${setupBase()}/api/documents`, { method: 'POST', body: 'x' });
    expect(posted.status).toBe(405);
  });

  it('a flood of idle connections on the setup port is cut off there and leaves the HTTPS port answering', async () => {
    const idle = await Promise.all(
      Array.from({ length: 150 }, () => new Promise<Socket>((resolve, reject) => {
        const socket = connect(hub.httpPort ?? 0, '127.0.0.1', () => resolve(socket));
        socket.once('error', reject);
      })),
    );
    try {
      const closed = await Promise.all(idle.map((socket) => new Promise<boolean>((resolve) => {
        if (socket.destroyed) resolve(true);
        socket.once('close', () => resolve(true));
        setTimeout(() => resolve(false), 2_000);
      })));
      // The setup page holds at most 64 at once; Node drops the rest as they arrive.
      expect(closed.filter((wasClosed) => !wasClosed).length).toBeLessThanOrEqual(64);
      expect(closed.filter(Boolean).length).toBeGreaterThanOrEqual(150 - 64);
      expect((await httpGet(`${hub.localUrl}/healthz`, { ca: caPem() })).status).toBe(200);
    } finally {
      for (const socket of idle) socket.destroy();
    }
  });
});
