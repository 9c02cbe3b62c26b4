/**
 * Document versions (tài liệu thay thế). A replacement puts a new file in
 * place of a document's current one; the old file moves into `previous` and
 * stays readable. What follows the new version: the presenter's page (clamped
 * to the new page count) and the "opened by" figures, which start again,
 * since nobody has opened the new file yet. Not a client command: the hub
 * decides it after the new file has been stored and checked.
 */
import type { DomainEvent, EventOf, Result, SessionState } from '../protocol';
import { MAX_DOCUMENT_VERSIONS, rejection } from '../protocol';
import type { DecideContext } from './decision';
import { MAX_NOTICES } from './notices/noticeCommands';

export interface DocumentReplacement {
  documentId: string;
  sha256: string;
  fileName: string;
  bytes: number;
  pages: number;
  /**
   * The notice to every iPad that the document changed ("Đã cập nhật tài
   * liệu …"), worded by the hub; none when left out or when the session's
   * notices are full.
   */
  noticeText?: string;
}

export type ReplacementRefusalCode = 'forbidden' | 'not_found' | 'invalid' | 'duplicate' | 'too_many_versions';
export type ReplacementDecision = Result<{ events: DomainEvent[] }, ReplacementRefusalCode>;

export function replaceDocument(state: SessionState, input: DocumentReplacement, ctx: DecideContext): ReplacementDecision {
  if (ctx.actor.role !== 'secretary') return rejection('forbidden', `The ${ctx.actor.role} role may not replace documents`);
  if (state.session?.status === 'ended') return rejection('invalid', 'The session has ended; it is read-only');
  const document = state.documents.find((candidate) => candidate.id === input.documentId);
  if (!document) return rejection('not_found', `No document ${input.documentId}`);
  if (document.sha256 === input.sha256) return rejection('duplicate', 'This file is the current version of the document already');
  if (document.previous.length >= MAX_DOCUMENT_VERSIONS) {
    return rejection('too_many_versions', `A document keeps at most ${MAX_DOCUMENT_VERSIONS} earlier versions`);
  }
  const { documentId, sha256, fileName, bytes, pages } = input;
  const events: DomainEvent[] = [{ type: 'document.replaced', documentId, sha256, fileName, bytes, pages, replacedAt: ctx.now }];
  if (input.noticeText && state.notices.length < MAX_NOTICES) {
    events.push({ type: 'notice.sent', notice: { id: ctx.newId(), text: input.noticeText, seat: null, sentAt: ctx.now, acknowledgedBy: [] } });
  }
  return { ok: true, events };
}

/** The state after a replacement: the new file current, the old one kept, the presenter on the same page if the new file has it. */
export function documentReplaced(state: SessionState, event: EventOf<'document.replaced'>): SessionState {
  const document = state.documents.find((candidate) => candidate.id === event.documentId);
  if (!document) return state;
  const replaced = {
    ...document,
    sha256: event.sha256,
    fileName: event.fileName,
    bytes: event.bytes,
    pages: event.pages,
    version: document.version + 1,
    previous: [
      ...document.previous,
      { sha256: document.sha256, pages: document.pages, bytes: document.bytes, fileName: document.fileName, replacedAt: event.replacedAt },
    ],
    openedBy: [],
  };
  const documents = state.documents.map((candidate) => (candidate.id === document.id ? replaced : candidate));
  const presentation = state.presentation;
  if (!presentation || presentation.documentId !== document.id) return { ...state, documents };
  // The zoomed region belonged to the old file's page; the new page starts unzoomed.
  return {
    ...state,
    documents,
    presentation: { ...presentation, page: Math.min(presentation.page, event.pages) },
    screen: state.screen.zoom === null ? state.screen : { ...state.screen, zoom: null },
  };
}

/** True when a file is one of the session's documents, current or earlier: the hub serves only those. */
export function isSessionFile(state: SessionState, sha256: string): boolean {
  return state.documents.some((document) => document.sha256 === sha256 || document.previous.some((version) => version.sha256 === sha256));
}
