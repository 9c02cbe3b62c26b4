import { createRoot } from 'react-dom/client';
import { socketUrlFor } from '../client/hubAddress';
import { takeTokenFromLocation } from '../client/pairingToken';
import { connectSession } from '../client/sessionStore';
import { DelegateApp } from './DelegateApp';
import { UnpairedMessage } from './UnpairedMessage';
import '../ui/base.css';
import './delegate.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
const token = takeTokenFromLocation('delegate');
if (token === null) {
  root.render(<UnpairedMessage />);
} else {
  root.render(<DelegateApp connection={connectSession({ url: socketUrlFor(window.location), token })} />);
}
