import { createRoot } from 'react-dom/client';
import { socketUrlFor, socketUrlFromHubUrl } from '../client/hubAddress';
import { ConsoleRoot } from './lobby/ConsoleRoot';
import type { ConsoleBoot } from './lobby/ConsoleRoot';
import { consoleTokens } from './lobby/consoleTokens';
import '../ui/base.css';
import './console.css';
import './lobby/lobby.css';
import './pairing.css';
import './presenter.css';
import '../ui/vote.css';

/**
 * Inside Electron the preload gives the hub's address (and the token it started with, as a fallback);
 * in a browser the page's own hub does. Tokens are fetched again whenever the active session changes.
 */
async function findHub(): Promise<ConsoleBoot> {
  if (window.chamber) {
    const hub = await window.chamber.getHub();
    return { socketUrl: socketUrlFromHubUrl(hub.url), httpBase: hub.url, tokens: consoleTokens(hub.secretaryToken) };
  }
  return { socketUrl: socketUrlFor(window.location), httpBase: '', tokens: consoleTokens() };
}

const root = createRoot(document.getElementById('root') as HTMLElement);
void findHub().then((boot) => root.render(<ConsoleRoot boot={boot} />));
