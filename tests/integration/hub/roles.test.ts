/** Every command from every role over a real socket: only the cells COMMAND_ROLES allows succeed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import type { Command, CommandType, Role, SessionState } from '../../../src/shared/protocol';
import { COMMAND_ROLES, COMMAND_TYPES, ROLES } from '../../../src/shared/protocol';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

let dir: string;
let hub: Hub;
beforeAll(async () => {
  dir = makeDataDir();
  hub = await startTestHub(dir);
});
afterAll(async () => {
  await hub.stop();
  removeDataDir(dir);
});

const principalOf: Record<Role, string> = { secretary: 'secretary', chair: 'chair', delegate: 'seat-11', screen: 'screen' };

/** A command of each type that is valid against the current state, so only the role decides. */
function validCommand(type: CommandType, state: SessionState): Command {
  const items = state.agenda;
  const last = items[items.length - 1];
  const other = items.find((item) => item.id !== state.currentItemId);
  switch (type) {
    case 'agenda.add':
      return { type, sittingId: state.sittings[0]?.id ?? '', title: 'Nội dung bổ sung', kind: 'report', presenter: '', notes: '' };
    case 'agenda.update':
      return { type, itemId: last?.id ?? '', changes: { notes: `Ghi chú ${Date.now()}` } };
    case 'agenda.move':
      return { type, itemId: last?.id ?? '', toIndex: 0 };
    case 'agenda.remove':
      return { type, itemId: last?.id ?? '' };
    case 'agenda.setCurrent':
      return { type, itemId: other?.id ?? null };
    case 'pairing.reissue':
      return { type, principalId: 'seat-20' };
  }
}

describe('role checks on every command', () => {
  for (const type of COMMAND_TYPES) {
    for (const role of ROLES) {
      const allowed = COMMAND_ROLES[type].includes(role);
      it(`${type} from the ${role}: ${allowed ? 'accepted' : 'refused with forbidden, nothing changes'}`, async () => {
        const client = await TestSocket.connect(socketUrl(hub), tokenOf(hub, principalOf[role]));
        const seqBefore = hub.engine.seq();
        const stateBefore = hub.engine.state();
        const reply = await client.command(validCommand(type, stateBefore));
        if (allowed) {
          expect(reply.type).toBe('ack');
          expect(hub.engine.seq()).toBeGreaterThan(seqBefore);
        } else {
          expect(reply).toMatchObject({ type: 'error', code: 'forbidden' });
          expect(hub.engine.seq()).toBe(seqBefore);
          expect(hub.engine.state()).toBe(stateBefore);
        }
        client.close();
      });
    }
  }
});
