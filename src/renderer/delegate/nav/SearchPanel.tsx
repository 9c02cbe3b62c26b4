/**
 * A search box and its hits, by document and page with a snippet each.
 * Tapping a hit opens its page with the hit highlighted. Used in the reader
 * (this document) and on the agenda home (every document of the session).
 */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { DocumentInfo } from '../../../shared/protocol';
import type { SearchHit } from '../../../shared/search';
import { useT } from '../../ui/language';
import { useReaderNav } from './readerNavStore';
import { runSearch } from './runSearch';
import { useTextIndexes } from './textIndexStore';
import type { SearchGroup, SearchOutcome } from './runSearch';
import './nav.css';

interface SearchPanelProps {
  documents: readonly DocumentInfo[];
  /** 'document': the reader's own search; 'session': every document, from the agenda home. */
  scope: 'document' | 'session';
  onOpenHit(hit: SearchHit): void;
}

export function SearchPanel({ documents, scope, onOpenHit }: SearchPanelProps) {
  const t = useT();
  const query = useReaderNav((state) => state.query);
  const setQuery = useReaderNav((state) => state.setQuery);
  const [typed, setTyped] = useState(query);
  const [outcome, setOutcome] = useState<{ query: string; result: SearchOutcome } | null>(null);
  const [searching, setSearching] = useState(false);
  /** Only the latest search shows its hits: an older one finishing late is dropped. */
  const latest = useRef(0);

  const search = (text: string) => {
    const wanted = text.trim();
    const run = ++latest.current;
    setQuery(wanted);
    if (wanted === '') {
      setOutcome(null);
      setSearching(false);
      return;
    }
    setSearching(true);
    void runSearch(documents, wanted).then((result) => {
      if (run !== latest.current) return;
      setOutcome({ query: wanted, result });
      setSearching(false);
    });
  };

  // Coming back to the panel shows the last search again, and a text index that arrives meanwhile joins the hits.
  const textReady = useTextIndexes((state) => documents.map((document) => state.status[document.sha256] ?? '').join(','));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the panel opens, the documents change or their text arrives.
  useEffect(() => search(query), [documents, textReady]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    search(typed);
  };

  const label = t(scope === 'document' ? 'nav.searchDocument' : 'nav.searchSession');
  return (
    <section className="nav-search" aria-label={label} data-testid={`search-${scope}`}>
      <form className="nav-search-form" role="search" onSubmit={onSubmit}>
        <input
          type="search"
          className="nav-search-input"
          aria-label={label}
          placeholder={t('nav.searchPlaceholder')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
        />
        <button type="submit" className="button button-primary nav-search-submit">
          {t('nav.searchSubmit')}
        </button>
      </form>
      {searching && !outcome && <p className="nav-note" role="status">…</p>}
      {outcome && <SearchResults outcome={outcome.result} query={outcome.query} scope={scope} onOpenHit={onOpenHit} />}
    </section>
  );
}

/** Hits listed at first per document in the session search; "Xem thêm" lists the rest of that document. */
export const HITS_SHOWN_PER_DOCUMENT = 5;

function SearchResults({ outcome, query, scope, onOpenHit }: { outcome: SearchOutcome; query: string; scope: 'document' | 'session'; onOpenHit(hit: SearchHit): void }) {
  const t = useT();
  return (
    <div className="nav-results" data-testid="search-results">
      <p className="nav-note" role="status" data-testid="search-total">
        {outcome.total === 0
          ? t('nav.searchNone', { query })
          : scope === 'session'
            ? t('nav.searchTotal', { count: outcome.total, documents: outcome.matchingDocuments })
            : t('nav.searchHits', { count: outcome.total })}
      </p>
      {outcome.groups.map((group) => (
        <SearchResultGroup key={group.document.id} group={group} scope={scope} onOpenHit={onOpenHit} />
      ))}
    </div>
  );
}

function SearchResultGroup({ group, scope, onOpenHit }: { group: SearchGroup; scope: 'document' | 'session'; onOpenHit(hit: SearchHit): void }) {
  const t = useT();
  const [expanded, setExpanded] = useState(scope === 'document');
  const listed = expanded ? group.hits : group.hits.slice(0, HITS_SHOWN_PER_DOCUMENT);
  const hidden = group.hits.length - listed.length;
  return (
    <section className="nav-result-group" data-testid="search-group" data-document-id={group.document.id}>
      {scope === 'session' && (
        <h3 className="nav-result-title">
          <span>{group.document.title}</span>
          {group.count > 0 && (
            <span className="nav-result-count" data-testid="search-group-count">
              {t('nav.searchGroupCount', { count: group.count })}
            </span>
          )}
        </h3>
      )}
      {group.note && (
        <p className={group.note === 'pending' ? 'nav-note nav-note-waiting' : 'nav-note nav-note-warning'} data-testid={`search-note-${group.note}`}>
          {t(group.note === 'scanned' ? 'nav.scanned' : group.note === 'pending' ? 'nav.textPending' : 'nav.textUnavailable')}
        </p>
      )}
      <ul className="nav-hits">
        {listed.map((hit) => (
          <li key={`${hit.page}:${hit.index}`}>
            <button type="button" className="nav-hit" data-testid="search-hit" onClick={() => onOpenHit(hit)}>
              <span className="nav-hit-page">{t('nav.searchHitPage', { page: hit.page })}</span>
              <span className="nav-hit-snippet">
                {hit.snippet.before}
                <mark>{hit.snippet.match}</mark>
                {hit.snippet.after}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" className="button nav-show-more" onClick={() => setExpanded(true)} data-testid="search-show-more">
          {t('nav.searchShowMore', { count: hidden })}
        </button>
      )}
      {expanded && group.count > group.hits.length && <p className="nav-note">{t('nav.searchKeptOnly', { count: group.hits.length })}</p>}
    </section>
  );
}
