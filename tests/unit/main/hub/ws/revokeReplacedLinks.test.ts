import { describe, expect, it } from 'vitest';
import type { Principal, SessionState } from '../../../../../src/shared/protocol';
import { CLOSE_CODES } from '../../../../../src/shared/protocol';
import { ClientRegistry } from '../../../../../src/main/hub/ws/clientRegistry';
import type { ConnectedClient } from '../../../../../src/main/hub/ws/clientRegistry';
import { revokeOutdatedLinks } from '../../../../../src/main/hub/ws/revokeReplacedLinks';

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
/** The principals after a change, keyed by id as in the session state, with their seats (none vacant unless given). */
const principalsOf = (...principals: Principal[]): Pick<SessionState, 'principals' | 'seats'> => ({
  principals: Object.fromEntries(principals.map((principal) => [principal.id, principal])),
  seats: principals.flatMap((principal) => (principal.seat === null ? [] : [{ seat: principal.seat, name: `Đại biểu ${principal.seat}`, office: '' }])),
});

/** The reason each revoked connection was told. */
function reasonsOf(client: RecordingClient): unknown[] {
  return client.sent.map((text) => JSON.parse(text) as { type: string; reason?: string }).filter((message) => message.type === 'revoked').map((message) => message.reason);
}

describe('revoking the connections of a replaced link', () => {
  it('[A4] closes with 4003 every connection of the principal older than the new generation, and no other', () => {
    const registry = new ClientRegistry();
    const old = connection(seat(14, 1), 1);
    const other = connection(seat(15, 1), 1);
    registry.add(old);
    registry.add(other);
    revokeOutdatedLinks(registry, principalsOf(seat(14, 2), seat(15, 1)), () => 'links');
    expect(old.closedWith).toBe(CLOSE_CODES.revoked);
    expect(old.sent.map((text) => (JSON.parse(text) as { type: string }).type)).toEqual(['error', 'revoked']);
    expect(reasonsOf(old)).toEqual(['replaced']);
    expect(other.closedWith).toBeNull();
    expect(other.sent).toEqual([]);
  });

  it('keeps a connection that already said hello with the new generation', () => {
    const registry = new ClientRegistry();
    const current = connection(seat(14, 2), 2);
    registry.add(current);
    revokeOutdatedLinks(registry, principalsOf(seat(14, 2)), () => 'links');
    expect(current.closedWith).toBeNull();
  });

  it('[A5] sends the secretary the new links after a change of the principals, and keeps the secretary connected', () => {
    const registry = new ClientRegistry();
    const desk = connection(secretary, 1);
    registry.add(desk);
    revokeOutdatedLinks(registry, principalsOf(secretary, seat(14, 2)), () => 'links');
    expect(desk.sent).toEqual(['links']);
    expect(desk.closedWith).toBeNull();
  });

  it('closes with 4003 the connection of a principal that is gone (a removed guest)', () => {
    const registry = new ClientRegistry();
    const removed = connection(seat(20, 1), 1);
    const kept = connection(seat(21, 1), 1);
    registry.add(removed);
    registry.add(kept);
    revokeOutdatedLinks(registry, principalsOf(seat(21, 1)), () => 'links');
    expect(removed.closedWith).toBe(CLOSE_CODES.revoked);
    expect(reasonsOf(removed)).toEqual(['removed']);
    expect(kept.closedWith).toBeNull();
  });

  it('tells the connection of a vacated seat that the seat was vacated, not that a new link waits for it', () => {
    const registry = new ClientRegistry();
    const former = connection(seat(6, 1), 1);
    registry.add(former);
    const state = principalsOf(seat(6, 2));
    revokeOutdatedLinks(registry, { ...state, seats: state.seats.map((entry) => ({ ...entry, vacantFrom: 1, vacancyReason: 'Chuyển công tác' })) }, () => 'links');
    expect(former.closedWith).toBe(CLOSE_CODES.revoked);
    expect(reasonsOf(former)).toEqual(['vacated']);
  });
});
