import { describe, expect, it } from 'vitest';
import { guestNumberOf, linkLabel, pairingHelp } from '../../../../src/renderer/console/linkLabel';
import type { Translate } from '../../../../src/renderer/ui/language';
import { translate } from '../../../../src/shared/i18n/translate';
import type { PairingLink } from '../../../../src/shared/protocol';

const t: Translate = (key, ...params) => translate('vi', key, ...params);
const link = (overrides: Partial<PairingLink>): PairingLink => ({ principalId: 'seat-12', role: 'delegate', seat: 12, name: 'Nguyễn Văn An', token: 'x', url: 'http://hub/delegate/#t=x', ...overrides });

describe('pairing link labels', () => {
  it('labels a seat by its number and the delegate', () => {
    expect(linkLabel(link({}), t)).toBe('Ghế 12 — Nguyễn Văn An');
  });

  it('labels a guest "Khách mời N — name", N from the guest principal id', () => {
    const guest = link({ principalId: 'guest-7', role: 'guest', seat: null, name: 'Trần Thị Bình' });
    expect(guestNumberOf(guest)).toBe(7);
    expect(linkLabel(guest, t)).toBe('Khách mời 7 — Trần Thị Bình');
  });

  it('labels the staff links by role', () => {
    expect(linkLabel(link({ principalId: 'screen', role: 'screen', seat: null, name: 'Màn hình lớn' }), t)).toBe('Màn hình lớn');
    expect(guestNumberOf(link({ principalId: 'chair', role: 'chair', seat: null }))).toBeNull();
  });

  it('tells a guest the card opens the documents, and a delegate what it always said', () => {
    const guest = link({ principalId: 'guest-1', role: 'guest', seat: null });
    expect(pairingHelp(guest, false, t)).toBe(translate('vi', 'guest.cardHelp'));
    expect(pairingHelp(guest, true, t)).toBe(translate('vi', 'guest.cardHelpWithSetup'));
    expect(pairingHelp(link({}), false, t)).toBe(translate('vi', 'pairing.cardHelp'));
  });
});
