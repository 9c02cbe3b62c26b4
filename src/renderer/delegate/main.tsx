import { createRoot } from 'react-dom/client';
import { socketUrlFor } from '../client/hubAddress';
import { takeTokenFromLocation } from '../client/pairingToken';
import { connectSession } from '../client/connectSession';
import { openDocumentBytesCache } from '../documents/documentBytesCache';
import { createDocumentLibrary } from '../documents/documentLibrary';
import { DelegateApp } from './DelegateApp';
import { UnpairedMessage } from './UnpairedMessage';
import { followHubAddress } from './followHubAddress';
import { applyStoredTextSize } from './textSize/textSize';
import { preparePdfReader } from '../pdf/pdfjsReadiness';
import '../ui/base.css';
import './delegate.css';
import './reader.css';
import './readingChrome.css';
import '../ui/vote.css';

applyStoredTextSize();
const root = createRoot(document.getElementById('root') as HTMLElement);
const token = takeTokenFromLocation('delegate');
if (token === null) {
  root.render(<UnpairedMessage />);
} else {
  const connection = connectSession({ url: socketUrlFor(window.location), token });
  followHubAddress(connection.store, {
    pageOrigin: window.location.origin,
    appPath: window.location.pathname,
    token,
    open: (url) => window.location.replace(url),
  });
  // Everything the reader needs loads now, so a document opens later with the hub out of reach.
  preparePdfReader();
  void openDocumentBytesCache().then((cache) => {
    const library = createDocumentLibrary(connection, cache, { prefetch: true });
    root.render(<DelegateApp connection={connection} library={library} />);
  });
}
