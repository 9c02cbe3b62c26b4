import type { DocumentInfo } from '../../shared/protocol';
import { useT } from './language';
import { DocumentVersionBadges } from './DocumentVersionBadges';

interface DocumentButtonsProps {
  documents: DocumentInfo[];
  onOpen(chosen: DocumentInfo): void;
  /** The document on screen now, marked as such. */
  activeId?: string | null;
}

/** An item's documents as large buttons: title and page count. */
export function DocumentButtons({ documents, onOpen, activeId }: DocumentButtonsProps) {
  const t = useT();
  if (documents.length === 0) return <p className="documents-none">{t('documents.none')}</p>;
  return (
    <ul className="document-buttons">
      {documents.map((listed) => (
        <li key={listed.id}>
          <button type="button" className={listed.id === activeId ? 'document-button document-button-active' : 'document-button'} onClick={() => onOpen(listed)} data-testid="document-button">
            <span className="document-icon" aria-hidden="true">
              PDF
            </span>
            <span className="document-title">{listed.title}</span>
            <DocumentVersionBadges document={listed} />
            <span className="document-pages">{t('documents.pages', { pages: listed.pages })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
