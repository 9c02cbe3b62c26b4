import { createRoot } from 'react-dom/client';
import { bootToken } from '../client/bootToken';
import { socketUrlFor } from '../client/hubAddress';
import { connectSession } from '../client/sessionStore';
import { ScreenApp } from './ScreenApp';
import { ScreenUnpaired } from './ScreenUnpaired';
import '../ui/base.css';
import './screen.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
void bootToken('screen').then((token) => {
  if (token === null) root.render(<ScreenUnpaired />);
  else root.render(<ScreenApp connection={connectSession({ url: socketUrlFor(window.location), token })} />);
});
