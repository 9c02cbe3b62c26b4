import { describe, expect, it } from 'vitest';
import type { Principal, StoredEvent } from '../../../../../src/shared/protocol';
import { CLOSE_CODES } from '../../../../../src/shared/protocol';
import { ClientRegistry } from '../../../../../src/main/hub/ws/clientRegistry';
import type { ConnectedClient } from '../../../../../src/main/hub/ws/clientRegistry';
import { revokeReplacedLinks } from '../../../../../src/main/hub/ws/revokeReplacedLinks';

interface RecordingClient extends ConnectedClient {
  sent: string[];
  closedWith: number | null;
}

function connection(principal: Principal, generation: number): RecordingClient {
  const client: RecordingClient = {
    principal,
    audience: principal.role === 'delegate' ? 'delegate' : principal.role === 'screen' ? 'screen' : 'staff',
    generation,
    following: false,
    sent: [],
    closedWith: null,
    send: (text) => client.sent.push(text),
    close: (code) => {
      client.closedWith = code;
    },
  };
  return client;
}

const seat = (n: number, generation: number): Principal => ({ id: `seat-${n}`, role: 'delegate', seat: n, generation });
const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };
const reissued = (principalId: string, generation: number): StoredEvent => ({ seq: 5, at: 0, event: { type: 'pairing.reissued', principalId, generation } });

describe('revoking the connections of a reissued link', () => {
  it('[A4] closes with 4003 every connection of the principal older than the new generation, and no other', () => {
    const registry = new ClientRegistry();
    const old = connection(seat(14, 1), 1);
    const other = connection(seat(15, 1), 1);
    registry.add(old);
    registry.add(other);
    revokeReplacedLinks(registry, [reissued('seat-14', 2)], () => 'links');
    expect(old.closedWith).toBe(CLOSE_CODES.revoked);
    expect(old.sent.map((text) => (JSON.parse(text) as { type: string }).type)).toEqual(['error', 'revoked']);
    expect(other.closedWith).toBeNull();
    expect(other.sent).toEqual([]);
  });

  it('keeps a connection that already said hello with the new generation', () => {
    const registry = new ClientRegistry();
    const current = connection(seat(14, 2), 2);
    registry.add(current);
    revokeReplacedLinks(registry, [reissued('seat-14', 2)], () => 'links');
    expect(current.closedWith).toBeNull();
  });

  it('[A5] sends the secretary the new links after a reissue, and nothing when no link was reissued', () => {
    const registry = new ClientRegistry();
    const desk = connection(secretary, 1);
    registry.add(desk);
    revokeReplacedLinks(registry, [{ seq: 6, at: 0, event: { type: 'agenda.currentSet', itemId: null } }], () => 'links');
    expect(desk.sent).toEqual([]);
    revokeReplacedLinks(registry, [reissued('seat-14', 2)], () => 'links');
    expect(desk.sent).toEqual(['links']);
  });
});
