import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConnectionLimits, limitBytesBeforeHello } from '../../../../../src/main/hub/ws/connectionLimits';

describe('connection limits', () => {
  it('refuses a socket past the per-address cap, and admits it again once one closes', () => {
    const limits = createConnectionLimits({ maxSockets: 100, maxSocketsPerAddress: 2 }, null);
    const first = limits.admit('10.0.0.7');
    expect(limits.admit('::ffff:10.0.0.7').ok).toBe(true);
    expect(limits.admit('10.0.0.7').ok).toBe(false);
    expect(limits.admit('10.0.0.8').ok).toBe(true);
    if (first.ok) first.release();
    expect(limits.admit('10.0.0.7').ok).toBe(true);
  });

  it('refuses every address past the total cap, the hub computer included', () => {
    const limits = createConnectionLimits({ maxSockets: 3, maxSocketsPerAddress: 1 }, null);
    expect(['10.0.0.1', '10.0.0.2', '127.0.0.1'].map((address) => limits.admit(address).ok)).toEqual([true, true, true]);
    expect(limits.admit('10.0.0.3').ok).toBe(false);
    expect(limits.admit('127.0.0.1').ok).toBe(false);
  });

  it('does not hold the hub computer to the per-address cap', () => {
    const limits = createConnectionLimits({ maxSocketsPerAddress: 1 }, null);
    expect([1, 2, 3].map(() => limits.admit('127.0.0.1').ok)).toEqual([true, true, true]);
  });

  it('keeps file handles in reserve: connections, each with a socket and perhaps a file, stay within the open-file limit less the reserve', () => {
    const limits = createConnectionLimits({ maxSockets: 1000, reservedFileHandles: 64 }, 256);
    expect(limits.maxServerConnections).toBe(96);
    expect(limits.maxSockets).toBe(96);
    expect(createConnectionLimits({ maxSockets: 1000 }, 100_000).maxSockets).toBe(1000);
  });

  it('a release counted twice frees one place only', () => {
    const limits = createConnectionLimits({ maxSockets: 1 }, null);
    const admitted = limits.admit('10.0.0.1');
    if (admitted.ok) {
      admitted.release();
      admitted.release();
    }
    expect(limits.open()).toBe(0);
  });
});

describe('bytes before hello', () => {
  it('cuts off a socket that sends more than the budget before hello', () => {
    const socket = new PassThrough();
    let exceeded = 0;
    limitBytesBeforeHello(socket, 100, () => (exceeded += 1));
    socket.emit('data', Buffer.alloc(60));
    expect(exceeded).toBe(0);
    socket.emit('data', Buffer.alloc(60));
    socket.emit('data', Buffer.alloc(60));
    expect(exceeded).toBe(1);
  });

  it('stops counting once hello is accepted', () => {
    const socket = new PassThrough();
    let exceeded = 0;
    const helloAccepted = limitBytesBeforeHello(socket, 100, () => (exceeded += 1));
    socket.emit('data', Buffer.alloc(60));
    helloAccepted();
    socket.emit('data', Buffer.alloc(10_000));
    expect(exceeded).toBe(0);
  });
});
