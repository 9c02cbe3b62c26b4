/** The delegate's home: the current item with its documents, then the whole agenda with every item's documents. */
import type { ReactNode } from 'react';
import type { DocumentInfo, SessionState } from '../../shared/protocol';
import { AgendaList } from '../ui/AgendaList';
import { CurrentItemCard } from '../ui/CurrentItemCard';
import { DocumentButtons } from '../ui/DocumentButtons';
import { useT } from '../ui/language';
import { VoteResultTable } from '../ui/VoteResultTable';
import { SessionSearch } from './nav/SessionSearch';

/** `extra`: what the delegate does besides reading (question time), shown before the whole agenda. */
export function AgendaHome({ state, onOpen, extra }: { state: SessionState; onOpen(chosen: DocumentInfo): void; extra?: ReactNode }) {
  const t = useT();
  const documentsOf = (itemId: string) => state.documents.filter((candidate) => candidate.itemId === itemId);
  const current = state.agenda.find((item) => item.id === state.currentItemId);
  return (
    <>
      <CurrentItemCard state={state} />
      <SessionSearch documents={state.documents} />
      {current && (
        <section className="current-documents" data-testid="current-documents">
          <h2>{t('documents.title')}</h2>
          <DocumentButtons documents={documentsOf(current.id)} onOpen={onOpen} />
        </section>
      )}
      {state.votes.some((vote) => vote.status === 'published') && (
        <section className="delegate-results">
          <h2>{t('vote.result')}</h2>
          {state.votes
            .filter((vote) => vote.status === 'published')
            .map((vote) => (
              <details key={vote.id} className="delegate-result">
                <summary>{vote.title}</summary>
                <VoteResultTable vote={vote} />
              </details>
            ))}
        </section>
      )}
      {extra}
      <section className="delegate-agenda">
        <h2>{t('agenda.title')}</h2>
        <AgendaList
          state={state}
          renderExtra={(item) => {
            const documents = documentsOf(item.id);
            return documents.length > 0 ? <DocumentButtons documents={documents} onOpen={onOpen} /> : null;
          }}
        />
      </section>
    </>
  );
}
