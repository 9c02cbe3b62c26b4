/**
 * In the reader, for a document that a newer version replaced: one compact
 * line with "Đã cập nhật", the two page counts, and "Xem bản trước", which opens the previous version
 * read-only over the reader (it does not follow the presenter and records no
 * opening); "Về bản mới" closes it. "Thu gọn" folds the line to its badge,
 * to give the page the height.
 */
import { useState } from 'react';
import type { DocumentInfo, DocumentVersion } from '../../shared/protocol';
import type { DocumentLibrary } from '../documents/documentLibrary';
import { PdfPage } from '../pdf/PdfPage';
import { usePdf } from '../pdf/usePdf';
import { useT } from '../ui/language';
import '../ui/documentVersions.css';

interface DocumentVersionNoticeProps {
  library: DocumentLibrary;
  document: DocumentInfo;
}

export function DocumentVersionNotice({ library, document }: DocumentVersionNoticeProps) {
  const t = useT();
  const [viewing, setViewing] = useState<DocumentVersion | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const previous = document.previous.at(-1);
  if (!previous || document.version < 2) return null;
  return (
    <>
      <div className="document-version-notice" role="status" data-testid="document-version-notice" data-collapsed={collapsed}>
        <span className="document-badge document-badge-updated">{t('versions.updated')}</span>
        {!collapsed && (
          <>
            <span className="document-version-pages" data-testid="document-version-pages">
              {t('versions.pageCounts', { pages: document.pages, previousPages: previous.pages })}
            </span>
            <button type="button" className="button button-small" onClick={() => setViewing(previous)}>
              {t('versions.viewPrevious')}
            </button>
          </>
        )}
        <button type="button" className="button button-small button-quiet document-version-fold" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)} data-testid="document-version-fold">
          {t(collapsed ? 'versions.expand' : 'versions.collapse')}
        </button>
      </div>
      {viewing && <PreviousVersionViewer library={library} document={document} version={viewing} onClose={() => setViewing(null)} />}
    </>
  );
}

interface PreviousVersionViewerProps {
  library: DocumentLibrary;
  document: DocumentInfo;
  version: DocumentVersion;
  onClose(): void;
}

/** The previous version, page by page, over the reader. */
function PreviousVersionViewer({ library, document, version, onClose }: PreviousVersionViewerProps) {
  const t = useT();
  const [page, setPage] = useState(1);
  // The earlier file as a document of its own: pages are cached under its own SHA-256.
  const earlier: DocumentInfo = { ...document, sha256: version.sha256, pages: version.pages, bytes: version.bytes, fileName: version.fileName, previous: [] };
  const pdf = usePdf(library, earlier);
  return (
    <div className="previous-version" role="dialog" aria-modal="true" aria-label={t('versions.previousReadOnly', { pages: version.pages })} data-testid="previous-version">
      <div className="previous-version-bar">
        <strong className="previous-version-label">{t('versions.previousReadOnly', { pages: version.pages })}</strong>
        <button type="button" className="button" onClick={onClose}>
          {t('versions.viewCurrent')}
        </button>
      </div>
      <div className="previous-version-body">
        {pdf.status === 'ready' ? (
          <PdfPage library={library} pdf={pdf.pdf} documentId={`${document.id}:${version.sha256}`} page={page} ahead={1} className="reader-page" />
        ) : (
          <p className="reader-message" role="status">
            {pdf.status === 'failed' ? t('viewer.loadFailed') : t('viewer.loading')}
          </p>
        )}
      </div>
      <nav className="previous-version-pager" aria-label={t('viewer.page', { page, pages: version.pages })}>
        <button type="button" className="button reader-turn" onClick={() => setPage(page - 1)} disabled={page <= 1}>
          ‹ {t('viewer.previous')}
        </button>
        <span data-testid="previous-version-page">{t('viewer.page', { page, pages: version.pages })}</span>
        <button type="button" className="button reader-turn" onClick={() => setPage(page + 1)} disabled={page >= version.pages}>
          {t('viewer.next')} ›
        </button>
      </nav>
    </div>
  );
}
