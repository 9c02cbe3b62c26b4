/**
 * What every part of a document is built from: the facts of the log, what the
 * scope covers (one sitting or all of them), and the words in the document's
 * language.
 */
import { chronologicalSittings } from '../../shared/core';
import { translate } from '../../shared/i18n/translate';
import type { Language, MessageKey, ParamsArgument } from '../../shared/i18n/translate';
import type { AgendaItem, Sitting, VoteInfo } from '../../shared/protocol';
import type { MinutesFacts } from './minutesFacts';
import { vietnamMoment } from './minutesFormat';

export type MinutesTranslate = <Key extends MessageKey>(key: Key, ...params: ParamsArgument<Key>) => string;

export interface MinutesContext {
  facts: MinutesFacts;
  language: Language;
  t: MinutesTranslate;
  /** The sittings covered, in the order they were held. */
  sittings: Sitting[];
  /** The agenda items of those sittings, in agenda order. */
  items: AgendaItem[];
  /** True for the whole session's minutes, false for one sitting's. */
  wholeSession: boolean;
}

export function minutesTranslate(language: Language): MinutesTranslate {
  return (key, ...params) => translate(language, key, ...params);
}

export function minutesContext(facts: MinutesFacts, language: Language, sittings: Sitting[], wholeSession: boolean): MinutesContext {
  const ids = new Set(sittings.map((sitting) => sitting.id));
  return {
    facts,
    language,
    t: minutesTranslate(language),
    sittings: chronologicalSittings(sittings),
    items: facts.state.agenda.filter((item) => ids.has(item.sittingId)),
    wholeSession,
  };
}

/** The sitting a vote belongs to: the one in progress when it opened, else its item's. */
export function voteSitting(context: Pick<MinutesContext, 'facts'>, vote: VoteInfo): string | null {
  const opened = context.facts.voteSittings.get(vote.id);
  if (opened) return opened;
  return context.facts.state.agenda.find((item) => item.id === vote.itemId)?.sittingId ?? null;
}

/** The votes of the scope that were opened (created ones never happened), in the order they were made. */
export function votesInScope(context: MinutesContext): VoteInfo[] {
  const ids = new Set(context.sittings.map((sitting) => sitting.id));
  return context.facts.state.votes.filter((vote) => {
    if (vote.status === 'created') return false;
    if (context.wholeSession) return true;
    const sitting = voteSitting(context, vote);
    return sitting !== null && ids.has(sitting);
  });
}

/** The seat holder's name, or "Ghế N" for a seat no longer on the roster. */
export function seatName(context: MinutesContext, seat: number): string {
  return context.facts.state.seats.find((candidate) => candidate.seat === seat)?.name ?? context.t('minutes.seatOnly', { seat });
}

/** The calendar day a sitting was really held (its first event, in Vietnam's time), else the day it was planned for. */
export function sittingDay(context: Pick<MinutesContext, 'facts'>, sitting: Pick<Sitting, 'id' | 'date'>): string {
  const span = context.facts.spans.get(sitting.id);
  return span ? vietnamMoment(span.firstAt).isoDate : sitting.date;
}
