/**
 * The reader navigation's link to the session, mounted once in the delegate
 * app: it downloads the documents' text indexes alongside the PDFs and keeps
 * the presenter's position where the page list can mark it.
 */
import { useEffect } from 'react';
import type { SessionConnection } from '../../client/connectSession';
import { useSessionView } from '../../ui/useSessionView';
import { useReaderNav } from './readerNavStore';
import { useTextIndexSync } from './useTextIndexSync';

export function ReaderNavSession({ connection }: { connection: SessionConnection }) {
  useTextIndexSync(connection);
  const presentation = useSessionView(connection.store, (view) => view.state.presentation);
  useEffect(() => useReaderNav.setState({ presentation }), [presentation]);
  return null;
}
