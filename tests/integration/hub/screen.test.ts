/**
 * The big screen's commands over real sockets: the secretary's mode and hold
 * time and the presenter's zoom reach the screen; bad ones get an error reply
 * and change nothing, and the hub stays up.
 */
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import type { HubMessage } from '../../../src/shared/protocol';
import { socketUrl, tokenOf, useFreshHub } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

let hub: Hub;
useFreshHub((fresh) => {
  hub = fresh;
});

function acked(reply: HubMessage): void {
  if (reply.type !== 'ack') throw new Error(`expected an ack, got ${JSON.stringify(reply)}`);
}

function errorCode(reply: HubMessage): string {
  return reply.type === 'error' ? reply.code : `not an error: ${reply.type}`;
}

describe('the big screen over real sockets', () => {
  it('[B2] [B4] the secretary picks the mode and hold time, the chair zooms the presented page, and the screen receives each', async () => {
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const chair = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'chair'));
    const screen = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'screen'));
    acked(await secretary.command({ type: 'screen.setMode', mode: 'attendance' }));
    acked(await secretary.command({ type: 'screen.setResultHold', seconds: 20 }));
    const document = hub.engine.state().documents[0];
    if (!document) throw new Error('no document');
    acked(await chair.command({ type: 'presentation.show', documentId: document.id, page: 2, offset: 0 }));
    acked(await chair.command({ type: 'presentation.zoom', region: { x: 0, y: 0.5, width: 1, height: 0.5 } }));
    const shown = await screen.until(() => (screen.state.screen.zoom !== null ? screen.state.screen : undefined), 'the zoom on the screen');
    expect(shown).toEqual({ mode: 'attendance', resultHoldSeconds: 20, zoom: { x: 0, y: 0.5, width: 1, height: 0.5 } });
    // Another page: the zoom belonged to the last one.
    acked(await chair.command({ type: 'presentation.show', documentId: document.id, page: 3, offset: 0 }));
    await screen.until(() => (screen.state.screen.zoom === null ? true : undefined), 'the zoom gone with the page');
    for (const socket of [secretary, chair, screen]) socket.close();
  });

  it('[B2] [B4] refuses bad screen commands with an error reply and changes nothing', async () => {
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const chair = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'chair'));
    const delegate = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-1'));
    const screen = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'screen'));
    const before = hub.engine.state().screen;
    const seqBefore = hub.engine.seq();

    expect(errorCode(await secretary.command({ type: 'presentation.zoom', region: { x: 0, y: 0, width: 0.5, height: 0.5 } }))).toBe('nothing_presented');
    expect(errorCode(await chair.command({ type: 'screen.setMode', mode: 'clock' }))).toBe('forbidden');
    expect(errorCode(await delegate.command({ type: 'screen.setMode', mode: 'blank' }))).toBe('forbidden');
    expect(errorCode(await screen.command({ type: 'screen.setResultHold', seconds: 5 }))).toBe('forbidden');
    const outside = { type: 'command', requestId: 'outside', command: { type: 'presentation.zoom', region: { x: 0.8, y: 0, width: 0.5, height: 0.5 } } };
    secretary.sendRaw(JSON.stringify(outside));
    const refused = await secretary.waitFor((message) => message.type === 'error' && message.requestId === 'outside', 'the refusal of a region outside the page');
    expect(errorCode(refused)).toBe('bad_message');
    const unknownMode = { type: 'command', requestId: 'disco', command: { type: 'screen.setMode', mode: 'disco' } };
    secretary.sendRaw(JSON.stringify(unknownMode));
    expect(errorCode(await secretary.waitFor((message) => message.type === 'error' && message.requestId === 'disco', 'the refusal of an unknown mode'))).toBe('bad_message');

    expect(hub.engine.state().screen).toEqual(before);
    expect(hub.engine.seq()).toBe(seqBefore);
    // The hub is still up and answers.
    acked(await secretary.command({ type: 'screen.setMode', mode: 'emblem' }));
    for (const socket of [secretary, chair, delegate, screen]) socket.close();
  });
});
