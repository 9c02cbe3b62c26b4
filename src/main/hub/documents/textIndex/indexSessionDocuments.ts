/**
 * Keeps the active session's documents indexed: every document it has when it
 * becomes active (seeded and demo documents included), and each new one as
 * soon as its event is committed (an accepted upload, a new version).
 */
import type { SessionEngine } from '../../sessionEngine';
import type { TextIndexer } from './textIndexer';

export function indexSessionDocuments(engine: SessionEngine, textIndex: TextIndexer): void {
  const indexAll = () => {
    for (const document of engine.state().documents) textIndex.ensure(document.sha256);
  };
  indexAll();
  engine.onCommit((events) => {
    if (events.some(({ event }) => event.type.startsWith('document.') && event.type !== 'document.opened')) indexAll();
  });
}
