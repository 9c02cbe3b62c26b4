/** A document's marks where it is listed: "Tài liệu bổ sung", and "Đã cập nhật" once a newer version replaced the first. */
import type { DocumentInfo } from '../../shared/protocol';
import { useT } from './language';
import './documentVersions.css';

interface DocumentVersionBadgesProps {
  document: Pick<DocumentInfo, 'version' | 'supplementary'>;
  /** The console also shows the version number ("Bản 3"). */
  showVersion?: boolean;
}

export function DocumentVersionBadges({ document, showVersion = false }: DocumentVersionBadgesProps) {
  const t = useT();
  if (!document.supplementary && document.version === 1 && !showVersion) return null;
  return (
    <span className="document-version-badges">
      {document.supplementary && (
        <span className="document-badge document-badge-supplementary" data-testid="supplementary-badge">
          {t('versions.supplementary')}
        </span>
      )}
      {document.version > 1 && (
        <span className="document-badge document-badge-updated" data-testid="updated-badge">
          {t('versions.updated')}
        </span>
      )}
      {showVersion && (
        <span className="document-badge" data-testid="version-badge">
          {t('versions.version', { version: document.version })}
        </span>
      )}
    </span>
  );
}
