/**
 * The agenda home's search over every document of the session; a hit opens
 * its document at its page, with the hit highlighted.
 */
import { useState } from 'react';
import type { DocumentInfo } from '../../../shared/protocol';
import type { SearchHit } from '../../../shared/search';
import { useT } from '../../ui/language';
import { useReader } from '../readerStore';
import { useReaderNav } from './readerNavStore';
import { SearchPanel } from './SearchPanel';
import './nav.css';

export function SessionSearch({ documents }: { documents: readonly DocumentInfo[] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (documents.length === 0) return null;
  const openHit = (hit: SearchHit) => {
    useReaderNav.getState().setHighlight({ documentId: hit.documentId, page: hit.page, query: useReaderNav.getState().query, index: hit.index });
    useReader.getState().openDocument(hit.documentId, hit.page);
  };
  return (
    <section className="nav-session-search">
      {open ? (
        <>
          <div className="nav-panel-header">
            <h2 className="nav-panel-title">{t('nav.searchSession')}</h2>
            <button type="button" className="button nav-close" onClick={() => setOpen(false)}>
              {t('nav.close')}
            </button>
          </div>
          <SearchPanel documents={documents} scope="session" onOpenHit={openHit} />
        </>
      ) : (
        <button type="button" className="button nav-session-search-open" data-testid="session-search-open" onClick={() => setOpen(true)}>
          🔍 {t('nav.searchSession')}
        </button>
      )}
    </section>
  );
}
