import { describe, expect, it } from 'vitest';
import { clientMessageSchema, commandSchema, COMMAND_ROLES, COMMAND_TYPES, hubMessageSchema, PROTOCOL_VERSION } from '../../../../src/shared/protocol';

describe('client message schemas', () => {
  it('accepts a well-formed hello', () => {
    expect(clientMessageSchema.safeParse({ type: 'hello', token: 'abc', lastSeq: 0, protocolVersion: PROTOCOL_VERSION }).success).toBe(true);
  });

  it('accepts a hello that names the session the client last saw', () => {
    expect(clientMessageSchema.safeParse({ type: 'hello', token: 'abc', lastSeq: 12, protocolVersion: PROTOCOL_VERSION, sessionId: 'hV2mCk0pQ1sA' }).success).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'explode' }],
    ['a hello with a session id that is not an id', { type: 'hello', token: 'a', lastSeq: 0, protocolVersion: 3, sessionId: '../other' }],
    ['a hello with a null session id', { type: 'hello', token: 'a', lastSeq: 0, protocolVersion: 3, sessionId: null }],
    ['a roster import with a seat of only spaces', { type: 'command', requestId: 'r', command: { type: 'roster.import', seats: [{ seat: 1, name: '  ', office: '' }], guests: [] } }],
    ['a guest with an unknown role', { type: 'command', requestId: 'r', command: { type: 'guest.add', guest: { name: 'A', office: '', role: 'mayor' } } }],
    ['a vacancy without a time', { type: 'command', requestId: 'r', command: { type: 'seat.vacate', seat: 1, reason: '' } }],
    ['a session.open with a field', { type: 'command', requestId: 'r', command: { type: 'session.open', status: 'ended' } }],
    ['a hello without a token', { type: 'hello', lastSeq: 0, protocolVersion: 1 }],
    ['a hello with an extra field', { type: 'hello', token: 'a', lastSeq: 0, protocolVersion: 1, admin: true }],
    ['a hello with a negative lastSeq', { type: 'hello', token: 'a', lastSeq: -1, protocolVersion: 1 }],
    ['a hello with a string lastSeq', { type: 'hello', token: 'a', lastSeq: '5', protocolVersion: 1 }],
    ['a command with an unknown command type', { type: 'command', requestId: 'r', command: { type: 'session.delete' } }],
    ['a command with a blank title', { type: 'command', requestId: 'r', command: { type: 'agenda.add', sittingId: 's', title: '   ', kind: 'report', presenter: '', notes: '' } }],
    ['a command with an unknown kind', { type: 'command', requestId: 'r', command: { type: 'agenda.add', sittingId: 's', title: 'x', kind: 'party', presenter: '', notes: '' } }],
    ['an update with no changes', { type: 'command', requestId: 'r', command: { type: 'agenda.update', itemId: 'i', changes: {} } }],
    ['an id with a slash', { type: 'command', requestId: 'r', command: { type: 'agenda.remove', itemId: '../x' } }],
    ['a fractional index', { type: 'command', requestId: 'r', command: { type: 'agenda.move', itemId: 'i', toIndex: 1.5 } }],
    ['a title over 300 characters', { type: 'command', requestId: 'r', command: { type: 'agenda.add', sittingId: 's', title: 'x'.repeat(301), kind: 'report', presenter: '', notes: '' } }],
    ['an array', []],
    ['null', null],
  ])('refuses %s', (_name, value) => {
    expect(clientMessageSchema.safeParse(value).success).toBe(false);
  });

  it('trims titles at the edge', () => {
    const parsed = commandSchema.parse({ type: 'agenda.add', sittingId: 's', title: '  Khai mạc  ', kind: 'opening', presenter: ' A ', notes: '' });
    expect(parsed).toMatchObject({ title: 'Khai mạc', presenter: 'A' });
  });

  it('lists roles for every command in the union, and nothing else', () => {
    const unionTypes = commandSchema.options.map((option) => option.shape.type.value).sort();
    expect(COMMAND_TYPES.slice().sort()).toEqual(unionTypes);
    for (const type of COMMAND_TYPES) expect(COMMAND_ROLES[type].length).toBeGreaterThan(0);
  });
});

describe('hub message schemas', () => {
  it('accepts an error reply with a known code and refuses an unknown code', () => {
    expect(hubMessageSchema.safeParse({ type: 'error', code: 'forbidden', message: 'no' }).success).toBe(true);
    expect(hubMessageSchema.safeParse({ type: 'error', code: 'teapot', message: 'no' }).success).toBe(false);
  });
});
