/**
 * Private notes in a real WebKit engine: a page note written on the iPad is
 * encrypted, stored on the hub and, after a reload, decrypted again with the
 * key kept on the device, without asking for the code.
 */
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../src/main/hub/startHub';
import type { WebkitSession } from './webkitDriver';
import { useWebkitHall } from './webkitHall';

let hub: Hub;
let webkit: WebkitSession;

useWebkitHall((hall) => ({ hub, webkit } = hall));

const NOTE = 'Đề nghị làm rõ vốn đầu tư công';

async function attributeOf(selector: string, name: string): Promise<string | null> {
  return webkit.browser.execute((css: string, attribute: string) => document.querySelector(css)?.getAttribute(attribute) ?? null, selector, name);
}

async function count(selector: string): Promise<number> {
  return webkit.browser.execute((css: string) => document.querySelectorAll(css).length, selector);
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  await webkit.browser.waitUntil(check, { timeout: 20_000, timeoutMsg: `WebKit never showed ${what}` });
}

/**
 * Presses a button once it is there, by the element's own click (a WebDriver click goes to
 * the coordinates it measured, which a bar arriving in the meantime can move: a notice or a
 * vote appears at any time on a live iPad).
 */
async function press(selector: string): Promise<void> {
  await until(async () => (await count(selector)) > 0, selector);
  await webkit.browser.execute((css: string) => (document.querySelector(css) as HTMLElement).click(), selector);
}

async function openFirstDocument(): Promise<void> {
  await until(async () => (await count('[data-testid="document-button"]')) > 0, 'the documents');
  await press('[data-testid="document-button"]');
  await until(async () => (await count('[data-testid="notes-layer"]')) === 1, 'the notes layer over the page');
}

describe('private notes in WebKit', () => {
  it('a page note survives a reload', async () => {
    const link = hub.pairingLinks().find((candidate) => candidate.seat === 9);
    await webkit.browser.url(link?.url.replace(hub.publicUrl, hub.localUrl) ?? '');
    await openFirstDocument();
    await until(async () => (await attributeOf('[data-testid="notes-layer"]', 'data-notes-status')) === 'setup', 'the notes asking for a code');

    await press('[data-testid="notes-button"]');
    await until(async () => (await count('[data-testid="notes-passphrase-input"]')) === 1, 'the notes code dialog');
    await webkit.browser.$('[data-testid="notes-passphrase-input"]').setValue('mã riêng 97531');
    await webkit.browser.$('[data-testid="notes-passphrase-repeat"]').setValue('mã riêng 97531');
    await press('[data-testid="notes-passphrase-submit"]');
    await until(async () => (await count('[data-testid="notes-menu"]')) === 1, 'the notes menu');
    await press('[data-testid="notes-add-page-note"]');
    await webkit.browser.$('[data-testid="note-editor-text"]').setValue(NOTE);
    await press('[data-testid="note-editor-save"]');
    await until(async () => (await count('[data-testid="notes-marker"]')) === 1, 'the note on the page');
    await until(async () => (await attributeOf('[data-testid="notes-layer"]', 'data-unsaved')) === '0', 'the note stored on the hub');

    await webkit.browser.refresh();
    await openFirstDocument();
    await until(async () => (await count('[data-testid="notes-marker"]')) === 1, 'the note after the reload');
    expect(await attributeOf('[data-testid="notes-marker"]', 'title')).toBe(NOTE);
    expect(await count('[data-testid="notes-passphrase"]')).toBe(0);
  });
});
