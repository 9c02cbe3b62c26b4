import type { DocumentInfo } from '../../shared/protocol';
import { useT } from './language';

interface DocumentButtonsProps {
  documents: DocumentInfo[];
  onOpen(document: DocumentInfo): void;
  /** The document on screen now, marked as such. */
  activeId?: string | null;
}

/** An item's documents as large buttons: title and page count. */
export function DocumentButtons({ documents, onOpen, activeId }: DocumentButtonsProps) {
  const t = useT();
  if (documents.length === 0) return <p className="documents-none">{t('documents.none')}</p>;
  return (
    <ul className="document-buttons">
      {documents.map((document) => (
        <li key={document.id}>
          <button type="button" className={document.id === activeId ? 'document-button document-button-active' : 'document-button'} onClick={() => onOpen(document)} data-testid="document-button">
            <span className="document-icon" aria-hidden="true">
              PDF
            </span>
            <span className="document-title">{document.title}</span>
            <span className="document-pages">{t('documents.pages', { pages: document.pages })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
