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

/** Puts the session in a state where the command has something to change. */
function prepare(type: CommandType): void {
  if (type === 'presentation.stop' && hub.engine.state().presentation === null) {
    const document = lastDocument(hub.engine.state());
    hub.engine.execute({ id: 'secretary', role: 'secretary', seat: null, generation: 1 }, { type: 'presentation.show', documentId: document.id, page: 1, offset: 0 });
  }
}

/** A command of each type that is valid against the current state and changes it, so only the role decides. */
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
    case 'document.update':
      return { type, documentId: lastDocument(state).id, title: `Tài liệu ${Date.now()}` };
    case 'document.move': {
      const document = lastDocument(state);
      const siblings = state.documents.filter((other) => other.itemId === document.itemId);
      return { type, documentId: siblings[siblings.length - 1]?.id ?? document.id, toIndex: 0 };
    }
    case 'document.remove':
      return { type, documentId: lastDocument(state).id };
    case 'document.open':
      return { type, documentId: lastDocument(state).id };
    case 'presentation.show': {
      const document = lastDocument(state);
      const page = state.presentation?.documentId === document.id && state.presentation.page === 1 ? 2 : 1;
      return { type, documentId: document.id, page, offset: 0 };
    }
    case 'presentation.stop':
      return { type };
  }
}

function lastDocument(state: SessionState) {
  const document = state.documents.find((candidate) => candidate.pages > 1 && state.documents.filter((other) => other.itemId === candidate.itemId).length > 1);
  if (!document) throw new Error('The demo session has no item with two documents');
  return document;
}

describe('role checks on every command', () => {
  for (const type of COMMAND_TYPES) {
    for (const role of ROLES) {
      const allowed = COMMAND_ROLES[type].includes(role);
      it(`${type} from the ${role}: ${allowed ? 'accepted' : 'refused with forbidden, nothing changes'}`, async () => {
        const client = await TestSocket.connect(socketUrl(hub), tokenOf(hub, principalOf[role]));
        prepare(type);
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
