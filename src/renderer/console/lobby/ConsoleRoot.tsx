/**
 * The console from its first screen: the session list when no session is
 * active (or when asked for), else the active session's console. It follows
 * the hub when the active session changes (close code 4010): it drops the old
 * connection, fetches the new session's secretary token and connects again.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { connectSession } from '../../client/connectSession';
import type { SessionConnection } from '../../client/connectSession';
import { createMemoryCache } from '../../documents/documentBytesCache';
import { createDocumentLibrary } from '../../documents/documentLibrary';
import type { DocumentLibrary } from '../../documents/documentLibrary';
import { FullMessage } from '../../ui/FullMessage';
import { useT } from '../../ui/language';
import { ConsoleApp } from '../ConsoleApp';
import { ConsoleUnauthorized } from '../ConsoleUnauthorized';
import type { Catalog } from './catalogApi';
import { createCatalogApi } from './catalogApi';
import { catalogFailureText } from './catalogFailureText';
import type { ConsoleTokens } from './consoleTokens';
import { LobbyScreen } from './LobbyScreen';

export interface ConsoleBoot {
  /** The hub's WebSocket address. */
  socketUrl: string;
  /** The hub's HTTP address; '' for the page's own origin. */
  httpBase: string;
  tokens: ConsoleTokens;
}

type Screen =
  | { kind: 'loading' }
  | { kind: 'unauthorized' }
  | { kind: 'failed'; text: string }
  | { kind: 'lobby'; catalog: Catalog }
  | { kind: 'session'; connection: SessionConnection; library: DocumentLibrary; generation: number; withCatalog: boolean };

export function ConsoleRoot({ boot }: { boot: ConsoleBoot }) {
  const t = useT();
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const catalogToken = useRef('');
  const current = useRef<{ connection: SessionConnection; library: DocumentLibrary } | null>(null);
  /** Each load supersedes the ones before it; a late answer to an older one is ignored. */
  const loadCount = useRef(0);
  const api = useMemo(() => createCatalogApi(boot.httpBase, () => catalogToken.current), [boot.httpBase]);

  const disconnect = useCallback(() => {
    current.current?.library.stop();
    current.current?.connection.stop();
    current.current = null;
  }, []);

  /** The latest `load`, for a connection made before it (the hub may switch sessions at any time). */
  const loadRef = useRef<(wantLobby: boolean) => Promise<void>>(async () => {});
  const connect = useCallback(
    (attempt: number, token: string, withCatalog: boolean) => {
      const connection = connectSession({
        url: boot.socketUrl,
        token,
        httpBase: boot.httpBase,
        onSessionChanged: () => void loadRef.current(false),
      });
      // The console runs on (or next to) the hub: documents are fetched when opened, kept in memory.
      const library = createDocumentLibrary(connection, createMemoryCache(), { prefetch: false });
      current.current = { connection, library };
      setScreen({ kind: 'session', connection, library, generation: attempt, withCatalog });
    },
    [boot],
  );

  const load = useCallback(
    async (wantLobby: boolean): Promise<void> => {
      const attempt = ++loadCount.current;
      disconnect();
      setScreen({ kind: 'loading' });
      const token = await boot.tokens.catalog();
      if (attempt !== loadCount.current) return;
      catalogToken.current = token ?? '';
      const listed = token === null ? null : await api.list();
      if (attempt !== loadCount.current) return;
      if (listed !== null && !listed.ok && listed.failure.error !== 'unauthorized' && listed.failure.error !== 'forbidden') {
        return setScreen({ kind: 'failed', text: catalogFailureText(t, listed.failure) });
      }
      if (listed?.ok && (wantLobby || listed.value.activeSessionId === null)) return setScreen({ kind: 'lobby', catalog: listed.value });
      // Into the active session; without the catalog (a chair's device, say) there is no session list to go back to.
      const sessionToken = await boot.tokens.session();
      if (attempt !== loadCount.current) return;
      if (sessionToken === null) return setScreen({ kind: 'unauthorized' });
      connect(attempt, sessionToken, listed?.ok === true);
    },
    // `t` changes with the language; a load in progress keeps the words it started with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, boot, connect, disconnect],
  );
  useEffect(() => {
    loadRef.current = load;
  }, [load]);

  useEffect(() => {
    void load(false);
    return disconnect;
  }, [load, disconnect]);

  switch (screen.kind) {
    case 'loading':
      return <FullMessage title={t('app.console')}>{<p>{t('lobby.loading')}</p>}</FullMessage>;
    case 'unauthorized':
      return <ConsoleUnauthorized />;
    case 'failed':
      return (
        <FullMessage title={t('app.console')}>
          <p>{screen.text}</p>
          <button type="button" className="button button-primary" onClick={() => void load(false)}>
            {t('connection.retryNow')}
          </button>
        </FullMessage>
      );
    case 'lobby':
      return (
        <LobbyScreen api={api} catalog={screen.catalog} onEnterSession={() => void load(false)} httpBase={boot.httpBase} token={() => catalogToken.current} />
      );
    case 'session':
      return (
        <ConsoleApp
          key={screen.generation}
          connection={screen.connection}
          library={screen.library}
          {...(screen.withCatalog ? { onShowSessions: () => void load(true) } : {})}
        />
      );
  }
}
