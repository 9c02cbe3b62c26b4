/**
 * An agenda item's documents in the console: add PDFs by picker or by
 * dropping them on the item, and rename, reorder, remove or present each,
 * with how many (and which) delegates have opened it. Each file's upload
 * and outcome is listed in the console's upload list (UploadList).
 */
import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { seatedCount } from '../../shared/core';
import type { AgendaItem, SessionState } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useT } from '../ui/language';
import { useCommand } from './useCommand';
import { cleanName } from '../../shared/protocol/documentNames';
import { uploadFiles } from './uploads';
import { DocumentVersionControls } from './versions/DocumentVersionControls';

interface ItemDocumentsProps {
  connection: SessionConnection;
  state: SessionState;
  item: AgendaItem;
  canEdit: boolean;
  onPresent(documentId: string): void;
}

export function ItemDocuments({ connection, state, item, canEdit, onPresent }: ItemDocumentsProps) {
  const t = useT();
  const { run, busy } = useCommand(connection);
  const picker = useRef<HTMLInputElement>(null);
  const [dropping, setDropping] = useState(false);
  const documents = state.documents.filter((candidate) => candidate.itemId === item.id);
  const nameOf = (principalId: string) => state.seats.find((seat) => `seat-${seat.seat}` === principalId)?.name ?? principalId;

  const addFiles = (files: FileList | null) => {
    if (files && files.length > 0) uploadFiles(files, { httpBase: connection.httpBase, token: connection.token, itemId: item.id });
  };
  const dropHandlers = canEdit
    ? {
        onDragOver: (event: DragEvent) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setDropping(true);
        },
        onDragLeave: () => setDropping(false),
        onDrop: (event: DragEvent) => {
          event.preventDefault();
          setDropping(false);
          addFiles(event.dataTransfer.files);
        },
      }
    : {};

  return (
    <div className={dropping ? 'item-documents item-documents-dropping' : 'item-documents'} data-testid="item-documents" {...dropHandlers}>
      {documents.length > 0 && (
        <ul className="item-document-list">
          {documents.map((itemDocument, index) => (
            <li key={itemDocument.id} className="item-document" data-testid="item-document">
              <span className="document-icon" aria-hidden="true">
                PDF
              </span>
              <div className="item-document-body">
                {/* Cleaned again for display: titles stored before names were cleaned may still carry bidi controls. */}
                <div className="item-document-title">{cleanName(itemDocument.title) || itemDocument.title}</div>
                <details className="item-document-opened">
                  <summary>
                    {t('documents.pages', { pages: itemDocument.pages })} · {t('console.openedBy', { count: itemDocument.openedBy.length, total: seatedCount(state.seats) })}
                  </summary>
                  <p>{itemDocument.openedBy.length === 0 ? t('console.notOpenedYet') : itemDocument.openedBy.map(nameOf).join(', ')}</p>
                </details>
                <DocumentVersionControls connection={connection} document={itemDocument} canEdit={canEdit} />
              </div>
              <div className="item-document-actions">
                <button type="button" className="button button-small button-primary" onClick={() => onPresent(itemDocument.id)}>
                  {t('console.present')}
                </button>
                {canEdit && (
                  <>
                    <button type="button" className="button button-small" aria-label={`${t('console.moveUp')}: ${itemDocument.title}`} disabled={busy || index === 0} onClick={() => void run({ type: 'document.move', documentId: itemDocument.id, toIndex: index - 1 })}>
                      ↑
                    </button>
                    <button type="button" className="button button-small" aria-label={`${t('console.moveDown')}: ${itemDocument.title}`} disabled={busy || index === documents.length - 1} onClick={() => void run({ type: 'document.move', documentId: itemDocument.id, toIndex: index + 1 })}>
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => {
                        const title = window.prompt(t('console.newTitle'), itemDocument.title)?.trim();
                        if (title && title !== itemDocument.title) void run({ type: 'document.update', documentId: itemDocument.id, title });
                      }}
                    >
                      {t('console.rename')}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger"
                      disabled={busy}
                      onClick={() => window.confirm(t('console.confirmRemoveDocument', { title: itemDocument.title })) && void run({ type: 'document.remove', documentId: itemDocument.id })}
                    >
                      {t('console.delete')}
                    </button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <div className="item-documents-add">
          <button type="button" className="button button-small" onClick={() => picker.current?.click()}>
            + {t('console.addDocuments')}
          </button>
          <span className="item-documents-drop">{t('console.dropHere')}</span>
          <input ref={picker} type="file" accept="application/pdf,.pdf" multiple hidden data-testid="document-picker" onChange={(event) => {
            addFiles(event.target.files);
            event.target.value = '';
          }} />
        </div>
      )}
    </div>
  );
}
