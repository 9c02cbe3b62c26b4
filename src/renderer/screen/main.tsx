import { createRoot } from 'react-dom/client';
import { bootToken } from '../client/bootToken';
import { socketUrlFor } from '../client/hubAddress';
import { connectSession } from '../client/connectSession';
import { openDocumentBytesCache } from '../documents/documentBytesCache';
import { createDocumentLibrary } from '../documents/documentLibrary';
import { ScreenApp } from './ScreenApp';
import { ScreenUnpaired } from './ScreenUnpaired';
import '../ui/base.css';
import './screen.css';
import '../ui/vote.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
void bootToken('screen').then((token) => {
  if (token === null) root.render(<ScreenUnpaired />);
  else {
    const connection = connectSession({ url: socketUrlFor(window.location), token });
    void openDocumentBytesCache().then((cache) => {
      root.render(<ScreenApp connection={connection} library={createDocumentLibrary(connection, cache, { prefetch: true })} />);
    });
  }
});
