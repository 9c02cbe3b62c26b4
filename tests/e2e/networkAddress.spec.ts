/**
 * The pairing tab's network section on a real hub (on 127.0.0.1, choosing
 * among a fixture table of interfaces): the address in the QR codes, the
 * interfaces with the hall candidates first, a choice that moves the cards'
 * links, the offer to reprint them, and the warning when the chosen address
 * goes away.
 */
import type { NetworkInterfaceInfo } from 'node:os';
import type { InterfaceTable } from '../../src/main/hub/network/hubInterfaces';
import type { Hub } from '../../src/main/hub/startHub';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';
import { expect, test } from './fixtures';

function v4(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: '255.255.255.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal, cidr: `${address}/24` };
}

let dir: string;
let hub: Hub;
let table: InterfaceTable;
test.beforeEach(async () => {
  dir = makeDataDir();
  table = { lo: [v4('127.0.0.1', true)], docker0: [v4('172.17.0.1')], eth0: [v4('192.168.10.5')], wlan0: [v4('192.168.1.20')] };
  hub = await startTestHub(dir, { networkInterfaces: () => table, networkPollMs: 50 });
});
test.afterEach(async () => {
  await hub.stop();
  removeDataDir(dir);
});

test('the secretary sees the address in the QR codes, chooses the Ethernet one, and is offered to reprint the cards', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${hub.localUrl}/console/`);
  await page.getByRole('tab', { name: 'Ghép nối thiết bị' }).click();
  const network = page.getByTestId('network-address');
  await expect(network.getByTestId('network-public-url')).toHaveText(`http://192.168.1.20:${hub.port}`);
  await expect(network.getByTestId('network-interface')).toHaveText([/192\.168\.1\.20.*wlan0 · Wi-Fi · mạng phòng họp.*Đang dùng/, /192\.168\.10\.5.*eth0/, /172\.17\.0\.1.*docker0 · Bộ mạng ảo/, /127\.0\.0\.1.*Chỉ máy này/]);
  await expect(network.getByTestId('network-warning')).toHaveCount(0);

  await network.getByTestId('network-interface').nth(1).getByRole('button', { name: 'Dùng địa chỉ này' }).click();
  await expect(network.getByTestId('network-public-url')).toHaveText(`http://192.168.10.5:${hub.port}`);
  await expect(network.getByRole('button', { name: 'In lại thẻ QR' })).toBeVisible();
  for (const link of hub.pairingLinks()) expect(link.url.startsWith(`http://192.168.10.5:${hub.port}/`)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('network-address-chosen.png') });

  delete table.eth0;
  await expect(network.getByTestId('network-chosen-missing')).toContainText('Địa chỉ đã chọn (192.168.10.5) không còn trên máy này', { timeout: 15_000 });
  await expect(network.getByTestId('network-public-url')).toHaveText(`http://192.168.1.20:${hub.port}`);
});
