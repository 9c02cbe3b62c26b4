/** Decisions about documents and the presentation: which document is shown, at which page. */
import type { CommandOf, DocumentInfo, DomainEvent, Result, SessionState } from '../protocol';
import { rejection } from '../protocol';
import type { DecideContext, Decision, RejectionCode } from './decision';
import { accept, reject } from './decision';

/** The most documents a session may hold. */
export const MAX_DOCUMENTS = 1000;

function findDocument(state: SessionState, documentId: string): DocumentInfo | undefined {
  return state.documents.find((document) => document.id === documentId);
}

export function updateDocument(state: SessionState, command: CommandOf<'document.update'>): Decision {
  const document = findDocument(state, command.documentId);
  if (!document) return reject('not_found', `No document ${command.documentId}`);
  const supplementaryChanged = command.supplementary !== undefined && command.supplementary !== document.supplementary;
  if (document.title === command.title && !supplementaryChanged) return accept();
  return accept({
    type: 'document.updated',
    documentId: document.id,
    title: command.title,
    ...(supplementaryChanged ? { supplementary: command.supplementary } : {}),
  });
}

export function moveDocument(state: SessionState, command: CommandOf<'document.move'>): Decision {
  const document = findDocument(state, command.documentId);
  if (!document) return reject('not_found', `No document ${command.documentId}`);
  const siblings = state.documents.filter((other) => other.itemId === document.itemId);
  if (command.toIndex >= siblings.length) return reject('invalid', `Index ${command.toIndex} is past the item's last document`);
  if (siblings[command.toIndex]?.id === document.id) return accept();
  return accept({ type: 'document.moved', documentId: document.id, toIndex: command.toIndex });
}

export function removeDocument(state: SessionState, command: CommandOf<'document.remove'>): Decision {
  if (!findDocument(state, command.documentId)) return reject('not_found', `No document ${command.documentId}`);
  return accept({ type: 'document.removed', documentId: command.documentId });
}

/** Records the first time a delegate opens a document; later openings change nothing. */
export function openDocument(state: SessionState, command: CommandOf<'document.open'>, ctx: DecideContext): Decision {
  const document = findDocument(state, command.documentId);
  if (!document) return reject('not_found', `No document ${command.documentId}`);
  if (document.openedBy.includes(ctx.actor.id)) return accept();
  return accept({ type: 'document.opened', documentId: document.id, principalId: ctx.actor.id });
}

export function showPage(state: SessionState, command: CommandOf<'presentation.show'>): Decision {
  const document = findDocument(state, command.documentId);
  if (!document) return reject('not_found', `No document ${command.documentId}`);
  if (command.page > document.pages) return reject('invalid', `The document has ${document.pages} pages, not ${command.page}`);
  const { documentId, page, offset } = command;
  const current = state.presentation;
  if (current && current.documentId === documentId && current.page === page && Math.abs(current.offset - offset) < 0.001) return accept();
  return accept({ type: 'presentation.shown', presentation: { documentId, page, offset } });
}

export function stopPresenting(state: SessionState): Decision {
  return state.presentation === null ? accept() : accept({ type: 'presentation.stopped' });
}

export interface DocumentImport {
  itemId: string;
  title: string;
  sha256: string;
  fileName: string;
  bytes: number;
  pages: number;
}

/** The refusals an import can meet in the core; each is also an upload refusal code. */
export type ImportRefusalCode = Extract<RejectionCode, 'forbidden' | 'not_found' | 'invalid'>;
export type ImportDecision = Result<{ documentId: string; events: DomainEvent[] }, ImportRefusalCode>;

/**
 * Attaches a stored PDF to an agenda item. Not a client command: the hub calls
 * it after the upload has been stored and checked. The same file attached to
 * the same item again is the document already there.
 */
export function importDocument(state: SessionState, input: DocumentImport, ctx: DecideContext): ImportDecision {
  if (ctx.actor.role !== 'secretary') return rejection('forbidden', `The ${ctx.actor.role} role may not import documents`);
  if (state.session?.status === 'ended') return rejection('invalid', 'The session has ended; it is read-only');
  if (!state.agenda.some((item) => item.id === input.itemId)) return rejection('not_found', `No agenda item ${input.itemId}`);
  const existing = state.documents.find((document) => document.itemId === input.itemId && document.sha256 === input.sha256);
  if (existing) return { ok: true, documentId: existing.id, events: [] };
  if (state.documents.length >= MAX_DOCUMENTS) return rejection('invalid', `A session holds at most ${MAX_DOCUMENTS} documents`);
  const document: DocumentInfo = { id: ctx.newId(), ...input, openedBy: [], version: 1, previous: [], supplementary: false };
  return { ok: true, documentId: document.id, events: [{ type: 'document.added', document }] };
}
