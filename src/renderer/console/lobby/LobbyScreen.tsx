/**
 * The session list: what the console opens on when no session is active, and
 * what "Danh sách kỳ họp" leads to. Every session of the data folder, grouped
 * by council term, with the ways to start one.
 */
import { useState } from 'react';
import { useT } from '../../ui/language';
import { LanguageToggle } from '../../ui/LanguageToggle';
import type { Catalog, CatalogApi, CatalogResult, SessionSummary } from './catalogApi';
import { catalogFailureText, chainBrokenText } from './catalogFailureText';
import { RestoreArchiveButton } from './RestoreArchiveButton';
import type { ChainProblem } from '../../../shared/protocol';
import { CreateSessionForm } from './CreateSessionForm';
import { groupByTerm } from './groupByTerm';
import { NextSessionForm } from './NextSessionForm';
import { SessionCard } from './SessionCard';

type Mode = { kind: 'list' } | { kind: 'create' } | { kind: 'next'; previous: SessionSummary };

interface LobbyScreenProps {
  api: CatalogApi;
  catalog: Catalog;
  /** The active session changed (or was chosen): the console goes into it. */
  onEnterSession(): void;
  // The record: where the restore upload goes, with the catalog's token.
  httpBase?: string;
  token?: () => string;
}

export function LobbyScreen({ api, catalog: initialCatalog, onEnterSession, httpBase = '', token = () => '' }: LobbyScreenProps) {
  const t = useT();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // The record: the list again after a restore, and the sessions refused for a broken chain.
  const [catalog, setCatalog] = useState(initialCatalog);
  const [broken, setBroken] = useState<ChainProblem[]>(initialCatalog.brokenChains ?? []);

  async function act(request: () => Promise<CatalogResult<unknown>>) {
    setBusy(true);
    setFailure(null);
    const outcome = await request();
    setBusy(false);
    if (outcome.ok) onEnterSession();
    else {
      setFailure(catalogFailureText(t, outcome.failure));
      const chain = outcome.failure.chain;
      if (chain) setBroken((known) => [...known.filter((problem) => problem.sessionId !== chain.sessionId), chain]);
    }
  }
  const reloadCatalog = async () => {
    const listed = await api.list();
    if (listed.ok) setCatalog(listed.value);
  };
  const open = (session: SessionSummary) => (session.id === catalog.activeSessionId ? onEnterSession() : void act(() => api.activate(session.id)));

  return (
    <div className="lobby">
      <header className="console-header">
        <div>
          <div className="console-council">{t('app.console')}</div>
          <h1 className="console-title">{t('lobby.title')}</h1>
        </div>
        <div className="console-header-tools">
          <LanguageToggle />
        </div>
      </header>
      <main className="console-main lobby-main">
        {mode.kind === 'create' && <CreateSessionForm api={api} onCreated={onEnterSession} onCancel={() => setMode({ kind: 'list' })} />}
        {mode.kind === 'next' && <NextSessionForm api={api} previous={mode.previous} onCreated={onEnterSession} onCancel={() => setMode({ kind: 'list' })} />}
        {mode.kind === 'list' && (
          <>
            <p className="panel-hint">{t('lobby.intro')}</p>
            <div className="lobby-actions">
              <button type="button" className="button button-primary button-large" disabled={busy} onClick={() => setMode({ kind: 'create' })}>
                {t('lobby.create')}
              </button>
              <button type="button" className="button button-large" disabled={busy} onClick={() => void act(api.createDemo)}>
                {t('lobby.openDemo')}
              </button>
              <RestoreArchiveButton httpBase={httpBase} token={token} disabled={busy} onRestored={() => void reloadCatalog()} />
            </div>
            {broken.map((problem) => (
              <p key={problem.sessionId} className="lobby-failure lobby-chain-broken" role="alert" data-testid="lobby-chain-broken">
                {chainBrokenText(t, problem, catalog.sessions.find((session) => session.id === problem.sessionId)?.title ?? problem.sessionId)}{' '}
                <button type="button" className="button" disabled={busy} onClick={() => void act(() => api.activate(problem.sessionId, { readOnly: true }))}>
                  {t('lobby.openReadOnly')}
                </button>
              </p>
            ))}
            {failure && (
              <p className="lobby-failure" role="alert" data-testid="lobby-failure">
                {failure}
              </p>
            )}
            {catalog.sessions.length === 0 && <p className="agenda-empty">{t('lobby.empty')}</p>}
            {groupByTerm(catalog.sessions).map((group) => (
              <section key={group.termId} className="lobby-term" aria-label={`${group.council} ${group.term}`}>
                <h2>
                  {group.council}
                  <span className="lobby-term-name">{group.term || t('lobby.noTerm')}</span>
                </h2>
                <ul className="session-cards">
                  {group.sessions.map((session) => (
                    <SessionCard
                      key={session.id}
                      session={session}
                      active={session.id === catalog.activeSessionId}
                      busy={busy}
                      onOpen={() => open(session)}
                      onNext={() => setMode({ kind: 'next', previous: session })}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </main>
    </div>
  );
}
