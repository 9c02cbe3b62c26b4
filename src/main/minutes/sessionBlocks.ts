/**
 * The opening of the minutes: the session, its sittings with the times they
 * were under way (their first and last event), the venue, the agenda, and the
 * chair and the secretariat by name (the roster's chair and vice-chairs; the
 * guests listed as secretariat). And the signature blocks at the end.
 */
import { seatRole } from '../../shared/core';
import { formatLongDate } from '../../shared/i18n/formatDate';
import { LANGUAGES, translate } from '../../shared/i18n/translate';
import type { Guest, Seat, SessionInfo, Sitting } from '../../shared/protocol';
import type { MinutesBlock, MinutesSignature } from './minutesDocument';
import { sittingDay } from './minutesContext';
import type { MinutesContext } from './minutesContext';
import { timeOfDay } from './minutesTime';

function chairs(context: MinutesContext): Seat[] {
  return context.facts.state.seats.filter((seat) => seatRole(seat) === 'chair').sort((a, b) => a.seat - b.seat);
}

function viceChairs(context: MinutesContext): Seat[] {
  return context.facts.state.seats.filter((seat) => seatRole(seat) === 'viceChair').sort((a, b) => a.seat - b.seat);
}

function secretariat(context: MinutesContext): Guest[] {
  return context.facts.state.guests.filter((guest) => guest.role === 'secretary').sort((a, b) => a.number - b.number);
}

function withOffice(context: MinutesContext, person: { name: string; office: string }): string {
  return person.office.trim() === '' ? person.name : context.t('minutes.nameAndOffice', { name: person.name, office: person.office.trim() });
}

/** A held sitting is dated by its events, as the count report is; the planned date only for one never held. */
function sittingLine(context: MinutesContext, sitting: Sitting): string {
  const { t, facts } = context;
  const span = facts.spans.get(sitting.id);
  const day = formatLongDate(context.language, sittingDay(context, sitting));
  if (!span) return t('minutes.sittingNotHeld', { sitting: sitting.title, date: day });
  return t('minutes.sittingHeld', { sitting: sitting.title, date: day, from: timeOfDay(t, span.firstAt), to: timeOfDay(t, span.lastAt) });
}

/** "Kỳ họp: …", with the kind only when the session's title does not already say it. */
function sessionLine(context: MinutesContext, session: SessionInfo): string {
  const { t } = context;
  const kindKey = session.kind === 'special' ? 'minutes.sessionKind.special' : 'minutes.sessionKind.regular';
  const title = session.title.toLocaleLowerCase('vi');
  const named = LANGUAGES.some((language) => title.includes(translate(language, kindKey).toLocaleLowerCase('vi')));
  return named ? t('minutes.sessionWithoutKind', { session: session.title }) : t('minutes.session', { session: session.title, kind: t(kindKey) });
}

export function sessionBlocks(context: MinutesContext): MinutesBlock[] {
  const { t, facts } = context;
  const session = facts.state.session;
  if (!session) return [];
  const blocks: MinutesBlock[] = [
    { kind: 'paragraph', text: sessionLine(context, session) },
    { kind: 'paragraph', text: t('minutes.sittings') },
    { kind: 'list', items: context.sittings.map((sitting) => sittingLine(context, sitting)) },
  ];
  if (session.place.trim() !== '') blocks.push({ kind: 'paragraph', text: t('minutes.venue', { place: session.place.trim() }) });
  if (context.items.length > 0) {
    blocks.push({ kind: 'paragraph', text: t('minutes.agenda') });
    blocks.push({ kind: 'list', items: context.items.map((item, index) => t('minutes.numbered', { number: index + 1, title: item.title })) });
  }
  const chair = chairs(context);
  const vice = viceChairs(context);
  const secretaries = secretariat(context);
  blocks.push({ kind: 'paragraph', text: t('minutes.chair', { names: chair.length > 0 ? chair.map((seat) => withOffice(context, seat)).join('; ') : t('minutes.notNamed') }) });
  if (vice.length > 0) blocks.push({ kind: 'paragraph', text: t('minutes.viceChairs', { names: vice.map((seat) => withOffice(context, seat)).join('; ') }) });
  blocks.push({ kind: 'paragraph', text: t('minutes.secretariat', { names: secretaries.length > 0 ? secretaries.map((guest) => withOffice(context, guest)).join('; ') : t('minutes.notNamed') }) });
  return blocks;
}

/** The secretary signs on the left, the chair on the right. */
export function signatures(context: MinutesContext): MinutesSignature[] {
  const { t } = context;
  return [
    { title: t('minutes.signature.secretary'), name: secretariat(context)[0]?.name ?? '' },
    { title: t('minutes.signature.chair'), name: chairs(context)[0]?.name ?? '' },
  ];
}
