import { describe, expect, it } from 'vitest';
import { apply, decide, isSessionFile, MAX_NOTICES, replaceDocument } from '../../../../src/shared/core';
import type { DocumentReplacement } from '../../../../src/shared/core';
import type { DocumentInfo, SessionState } from '../../../../src/shared/protocol';
import { documentInfoSchema, domainEventSchema, MAX_DOCUMENT_VERSIONS, sessionStateSchema } from '../../../../src/shared/protocol';
import { applyAll, ctxFor, NOW, sessionState } from './fixtures';

const NEW_SHA = 'e'.repeat(64);
const OLD_SHA = '0'.repeat(64);
const replacement: DocumentReplacement = { documentId: 'doc-a', sha256: NEW_SHA, fileName: 'to-trinh-v2.pdf', bytes: 4096, pages: 14 };

function replaced(state: SessionState, input: DocumentReplacement = replacement): SessionState {
  const decision = replaceDocument(state, input, ctxFor('secretary'));
  if (!decision.ok) throw new Error(`${decision.code}: ${decision.message}`);
  return applyAll(state, decision.events);
}

function documentA(state: SessionState): DocumentInfo {
  const document = state.documents.find((candidate) => candidate.id === 'doc-a');
  if (!document) throw new Error('doc-a is missing');
  return document;
}

describe('replaceDocument', () => {
  it('makes the new file the current version and keeps the old one in previous, oldest first', () => {
    const once = replaced(sessionState());
    expect(documentA(once)).toMatchObject({ sha256: NEW_SHA, fileName: 'to-trinh-v2.pdf', bytes: 4096, pages: 14, version: 2, title: 'Tài liệu 1' });
    expect(documentA(once).previous).toEqual([{ sha256: OLD_SHA, pages: 12, bytes: 1000, fileName: 'doc-a.pdf', replacedAt: NOW }]);
    const twice = replaced(once, { ...replacement, sha256: 'd'.repeat(64), pages: 3 });
    expect(documentA(twice).version).toBe(3);
    expect(documentA(twice).previous.map((version) => version.sha256)).toEqual([OLD_SHA, NEW_SHA]);
  });

  it('keeps the document in its place among its item’s documents', () => {
    const before = sessionState().documents.map((document) => document.id);
    expect(replaced(sessionState()).documents.map((document) => document.id)).toEqual(before);
  });

  it('[W2] refuses the same bytes as the current version with duplicate, and changes nothing', () => {
    const state = sessionState();
    expect(replaceDocument(state, { ...replacement, sha256: OLD_SHA }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'duplicate' });
  });

  it('accepts an earlier version’s file again as a new version (going back to it)', () => {
    const back = replaced(replaced(sessionState()), { ...replacement, sha256: OLD_SHA, pages: 12 });
    expect(documentA(back)).toMatchObject({ sha256: OLD_SHA, version: 3 });
  });

  it('keeps the presenter on the same page number when the new version has it', () => {
    const presenting = apply(sessionState(), { type: 'presentation.shown', presentation: { documentId: 'doc-a', page: 7, offset: 0.5 } });
    expect(replaced(presenting).presentation).toEqual({ documentId: 'doc-a', page: 7, offset: 0.5 });
  });

  it('[W4] moves the presenter to the new version’s last page when the page no longer exists, and drops the zoom', () => {
    const presenting = applyAll(sessionState(), [
      { type: 'presentation.shown', presentation: { documentId: 'doc-a', page: 12, offset: 0 } },
      { type: 'presentation.zoomed', region: { x: 0, y: 0, width: 0.5, height: 0.5 }, at: NOW },
    ]);
    const after = replaced(presenting, { ...replacement, pages: 5 });
    expect(after.presentation).toEqual({ documentId: 'doc-a', page: 5, offset: 0 });
    expect(after.screen.zoom).toBeNull();
  });

  it('leaves the presentation of another document alone', () => {
    const presenting = apply(sessionState(), { type: 'presentation.shown', presentation: { documentId: 'doc-b', page: 3, offset: 0 } });
    expect(replaced(presenting, { ...replacement, pages: 1 }).presentation).toEqual({ documentId: 'doc-b', page: 3, offset: 0 });
  });

  it('starts the "opened by" figures again for the new version', () => {
    const opened = apply(sessionState(), { type: 'document.opened', documentId: 'doc-a', principalId: 'seat-1' });
    expect(documentA(opened).openedBy).toEqual(['seat-1']);
    const after = replaced(opened);
    expect(documentA(after).openedBy).toEqual([]);
    const decision = decide(after, { type: 'document.open', documentId: 'doc-a' }, ctxFor('delegate'));
    expect(decision).toMatchObject({ ok: true, events: [{ type: 'document.opened', documentId: 'doc-a', principalId: 'seat-1' }] });
  });

  it('sends every iPad the notice the hub worded, with the replacement', () => {
    const decision = replaceDocument(sessionState(), { ...replacement, noticeText: 'Đã cập nhật tài liệu “Tài liệu 1”' }, ctxFor('secretary'));
    expect(decision).toMatchObject({ ok: true });
    if (!decision.ok) return;
    expect(decision.events[1]).toEqual({
      type: 'notice.sent',
      notice: { id: 'new0', text: 'Đã cập nhật tài liệu “Tài liệu 1”', seat: null, sentAt: NOW, acknowledgedBy: [] },
    });
  });

  it('still replaces, without a notice, when the session’s notices are full', () => {
    let state = sessionState();
    for (let index = 0; index < MAX_NOTICES; index += 1) {
      state = apply(state, { type: 'notice.sent', notice: { id: `n${index}`, text: 'x', seat: null, sentAt: NOW, acknowledgedBy: [] } });
    }
    const decision = replaceDocument(state, { ...replacement, noticeText: 'Đã cập nhật' }, ctxFor('secretary'));
    expect(decision.ok && decision.events.map((event) => event.type)).toEqual(['document.replaced']);
  });

  it.each(['chair', 'delegate', 'screen', 'guest'] as const)('refuses the %s role', (role) => {
    expect(replaceDocument(sessionState(), replacement, ctxFor(role))).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('refuses an unknown document', () => {
    expect(replaceDocument(sessionState(), { ...replacement, documentId: 'nope' }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('refuses once the session has ended', () => {
    const ended = apply(sessionState(), { type: 'session.ended', at: NOW });
    expect(replaceDocument(ended, replacement, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it(`refuses a version past the ${MAX_DOCUMENT_VERSIONS} earlier ones a document keeps`, () => {
    let state = sessionState();
    for (let index = 1; index <= MAX_DOCUMENT_VERSIONS; index += 1) {
      state = replaced(state, { ...replacement, sha256: index.toString(16).padStart(64, 'a') });
    }
    expect(documentA(state).previous).toHaveLength(MAX_DOCUMENT_VERSIONS);
    expect(replaceDocument(state, replacement, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'too_many_versions' });
  });
});

describe('the replacement event', () => {
  it('refuses bad values at the edge: a short SHA-256, zero pages, a negative time', () => {
    const valid = { type: 'document.replaced', documentId: 'doc-a', sha256: NEW_SHA, pages: 2, bytes: 10, fileName: 'a.pdf', replacedAt: NOW };
    expect(domainEventSchema.safeParse(valid).success).toBe(true);
    expect(domainEventSchema.safeParse({ ...valid, sha256: 'abc' }).success).toBe(false);
    expect(domainEventSchema.safeParse({ ...valid, pages: 0 }).success).toBe(false);
    expect(domainEventSchema.safeParse({ ...valid, replacedAt: -1 }).success).toBe(false);
    expect(domainEventSchema.safeParse({ ...valid, extra: true }).success).toBe(false);
  });
});

describe('a document from before versions existed', () => {
  it('parses as version 1, with no earlier versions, not supplementary', () => {
    const old = { id: 'd1', itemId: 'i1', title: 'Tờ trình', sha256: NEW_SHA, fileName: 'a.pdf', bytes: 10, pages: 1, openedBy: [] };
    expect(documentInfoSchema.parse(old)).toEqual({ ...old, version: 1, previous: [], supplementary: false });
    expect(sessionStateSchema.shape.documents.parse([old])[0]?.version).toBe(1);
  });
});

describe('supplementary documents', () => {
  it('[W6] marks a document supplementary with document.update, and unmarks it', () => {
    const state = sessionState();
    const mark = decide(state, { type: 'document.update', documentId: 'doc-a', title: 'Tài liệu 1', supplementary: true }, ctxFor('secretary'));
    expect(mark).toEqual({ ok: true, events: [{ type: 'document.updated', documentId: 'doc-a', title: 'Tài liệu 1', supplementary: true }] });
    const marked = mark.ok ? applyAll(state, mark.events) : state;
    expect(documentA(marked)).toMatchObject({ supplementary: true, title: 'Tài liệu 1' });
    const unmark = decide(marked, { type: 'document.update', documentId: 'doc-a', title: 'Tài liệu 1', supplementary: false }, ctxFor('secretary'));
    expect(unmark.ok && documentA(applyAll(marked, unmark.events)).supplementary).toBe(false);
  });

  it('produces no event when neither the title nor the mark changes', () => {
    const decision = decide(sessionState(), { type: 'document.update', documentId: 'doc-a', title: 'Tài liệu 1', supplementary: false }, ctxFor('secretary'));
    expect(decision).toEqual({ ok: true, events: [] });
  });

  it('keeps the mark through a rename that does not name it', () => {
    const marked = apply(sessionState(), { type: 'document.updated', documentId: 'doc-a', title: 'Tài liệu 1', supplementary: true });
    const renamed = apply(marked, { type: 'document.updated', documentId: 'doc-a', title: 'Tờ trình mới' });
    expect(documentA(renamed)).toMatchObject({ supplementary: true, title: 'Tờ trình mới' });
  });

  it.each(['chair', 'delegate'] as const)('refuses the mark from the %s', (role) => {
    expect(decide(sessionState(), { type: 'document.update', documentId: 'doc-a', title: 'Tài liệu 1', supplementary: true }, ctxFor(role))).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });
});

describe('isSessionFile', () => {
  it('knows the current file and every earlier one, and nothing else', () => {
    const state = replaced(sessionState());
    expect(isSessionFile(state, NEW_SHA)).toBe(true);
    expect(isSessionFile(state, OLD_SHA)).toBe(true);
    expect(isSessionFile(state, 'c'.repeat(64))).toBe(false);
  });
});
