import { principalName } from '../../../shared/core';
import type { PairingLink, Principal, Role, SessionState } from '../../../shared/protocol';
import { translate } from '../../../shared/i18n/translate';
import type { TokenDirectory } from './tokens';

const APP_PATH: Record<Role, string> = {
  secretary: '/console/',
  chair: '/console/',
  delegate: '/delegate/',
  screen: '/screen/',
  guest: '/delegate/',
};

const ROLE_ORDER: Record<Role, number> = { secretary: 0, chair: 1, screen: 2, delegate: 3, guest: 4 };

/**
 * Every principal's current link. The token travels in the URL fragment, which
 * browsers never send to a server, so it stays out of request logs.
 */
export function pairingLinks(state: SessionState, tokens: TokenDirectory, baseUrl: string): PairingLink[] {
  const base = baseUrl.replace(/\/+$/, '');
  const guestNumbers = new Map(state.guests.map((guest) => [guest.id, guest.number]));
  // Delegates by seat, then guests by number.
  const numberOf = (principal: Principal) => principal.seat ?? guestNumbers.get(principal.id) ?? 0;
  return Object.values(state.principals)
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || numberOf(a) - numberOf(b))
    .flatMap((principal) => {
      const token = tokens.tokenOf(principal.id);
      if (token === undefined) return [];
      return [
        {
          principalId: principal.id,
          role: principal.role,
          seat: principal.seat,
          name: principalName(state, principal) || translate('vi', `role.${principal.role}`),
          token,
          url: `${base}${APP_PATH[principal.role]}#t=${token}`,
        },
      ];
    });
}
