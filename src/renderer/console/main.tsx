import { createRoot } from 'react-dom/client';
import { bootToken } from '../client/bootToken';
import { socketUrlFor, socketUrlFromHubUrl } from '../client/hubAddress';
import { connectSession } from '../client/connectSession';
import { createMemoryCache } from '../documents/documentBytesCache';
import { createDocumentLibrary } from '../documents/documentLibrary';
import { ConsoleApp } from './ConsoleApp';
import { ConsoleUnauthorized } from './ConsoleUnauthorized';
import '../ui/base.css';
import './console.css';
import './pairing.css';
import './presenter.css';
import '../ui/vote.css';

/** Inside Electron the preload gives the hub's address and token; in a browser the page's own hub does. */
async function findHub(): Promise<{ url: string; token: string; httpBase?: string } | null> {
  if (window.chamber) {
    const hub = await window.chamber.getHub();
    return { url: socketUrlFromHubUrl(hub.url), token: hub.secretaryToken, httpBase: hub.url };
  }
  const token = await bootToken('console');
  return token === null ? null : { url: socketUrlFor(window.location), token };
}

const root = createRoot(document.getElementById('root') as HTMLElement);
void findHub().then((hub) => {
  if (hub === null) root.render(<ConsoleUnauthorized />);
  else {
    const connection = connectSession(hub);
    // The console runs on (or next to) the hub: documents are fetched when opened, kept in memory.
    const library = createDocumentLibrary(connection, createMemoryCache(), { prefetch: false });
    root.render(<ConsoleApp connection={connection} library={library} />);
  }
});
