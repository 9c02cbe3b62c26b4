import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli';
import type { Hub } from '../../../src/main/hub/startHub';
import { CLOSE_CODES } from '../../../src/shared/protocol';
import { socketUrl, tokenOf, useFreshHub } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

let dir: string;
let hub: Hub;
useFreshHub((fresh, freshDir) => {
  hub = fresh;
  dir = freshDir;
});

async function captureCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('pairing', () => {
  it('[A4] re-pairing a seat disconnects the old device, tells it so, and the new link works', async () => {
    const url = socketUrl(hub);
    const oldToken = tokenOf(hub, 'seat-14');
    const oldDevice = await TestSocket.connect(url, oldToken);
    const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
    const linksBefore = secretary.messages.filter((m) => m.type === 'pairingLinks').length;

    const reply = await secretary.command({ type: 'pairing.reissue', principalId: 'seat-14' });
    expect(reply.type).toBe('ack');
    await oldDevice.waitFor((m) => m.type === 'revoked', 'the revoked notice');
    expect(await oldDevice.waitForClose()).toBe(CLOSE_CODES.revoked);

    const newToken = tokenOf(hub, 'seat-14');
    expect(newToken).not.toBe(oldToken);
    const links = await secretary.until(() => {
      const all = secretary.messages.filter((m) => m.type === 'pairingLinks');
      return all.length > linksBefore ? all[all.length - 1] : undefined;
    }, 'new pairing links');
    expect(links.type === 'pairingLinks' && links.links.find((l) => l.principalId === 'seat-14')?.token).toBe(newToken);

    const newDevice = await TestSocket.connect(url, newToken);
    expect(newDevice.messages[0]).toMatchObject({ type: 'welcome', principal: { id: 'seat-14', seat: 14 } });
  });

  it('[A5] gives every seat, the secretary, the chair and the screen a link', () => {
    const links = hub.pairingLinks();
    expect(links).toHaveLength(33);
    expect(links.slice(0, 3).map((l) => l.role)).toEqual(['secretary', 'chair', 'screen']);
    const seat7 = links.find((l) => l.seat === 7);
    expect(seat7?.url).toBe(`${hub.publicUrl}/delegate/#t=${seat7?.token}`);
    expect(links.find((l) => l.role === 'screen')?.url).toMatch(/\/screen\/#t=/);
  });

  it('exports the pairing links as JSON for scripts: seat, name, role, token, url', async () => {
    const result = await captureCli(['pairing', '--data', dir, '--format', 'json']);
    expect(result.code).toBe(0);
    const exported = JSON.parse(result.out) as Array<Record<string, unknown>>;
    expect(exported).toEqual(hub.pairingLinks().map(({ seat, name, role, token, url }) => ({ seat, name, role, token, url })));
    expect(Object.keys(exported[0] ?? {}).sort()).toEqual(['name', 'role', 'seat', 'token', 'url']);
    expect(exported.find((l) => l.seat === 1)?.name).toBe('Nguyễn Văn Thành');
  });

  it('exports links on another base URL when asked', async () => {
    const result = await captureCli(['pairing', '--data', dir, '--format', 'json', '--base-url', 'http://10.1.2.3:4800/']);
    const exported = JSON.parse(result.out) as Array<{ url: string }>;
    expect(exported.every((l) => l.url.startsWith('http://10.1.2.3:4800/'))).toBe(true);
  });

  it('refuses an unknown export format with a clear message', async () => {
    const result = await captureCli(['pairing', '--data', dir, '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--format must be json or text/);
  });

  it('verifies the log from the command line', async () => {
    const result = await captureCli(['verify', '--data', dir]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`intact: ${hub.engine.seq()} events`);
  });
});
