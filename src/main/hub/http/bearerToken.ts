import type { IncomingMessage } from 'node:http';
import type { Principal } from '../../../shared/protocol';
import type { SessionEngine } from '../sessionEngine';

/** The principal behind `Authorization: Bearer <token>`, when the token is current. */
export function authenticate(req: IncomingMessage, engine: SessionEngine): Principal | null {
  const header = req.headers.authorization;
  const match = header?.match(/^Bearer ([A-Za-z0-9_-]{1,256})$/);
  if (!match?.[1]) return null;
  const found = engine.tokens().lookup(match[1]);
  return found.status === 'valid' ? found.principal : null;
}
