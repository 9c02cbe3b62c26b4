/**
 * Registered questions grouped as the chair works through them: by topic,
 * and within a topic by addressee, in registration order, with counts.
 */
import type { Question } from '../../protocol';
import { groupKey } from './topicKey';

export interface AddresseeGroup {
  /** The addressee as first written. */
  addressee: string;
  questions: Question[];
}

export interface TopicGroup {
  /** The topic as first written; `question.callGroup` accepts it. */
  topic: string;
  questions: Question[];
  byAddressee: AddresseeGroup[];
  /** Questions of the group still waiting to be called. */
  registeredCount: number;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** The questions (withdrawn ones left out) grouped by topic then addressee, in order of first registration. */
export function questionGroups(questions: readonly Question[]): TopicGroup[] {
  const live = questions.filter((question) => question.status !== 'withdrawn').sort((a, b) => a.registeredAt - b.registeredAt);
  return groupBy(live, (question) => groupKey(question.topic)).map((topicQuestions) => ({
    topic: topicQuestions[0]?.topic ?? '',
    questions: topicQuestions,
    byAddressee: groupBy(topicQuestions, (question) => groupKey(question.addressee)).map((addresseeQuestions) => ({
      addressee: addresseeQuestions[0]?.addressee ?? '',
      questions: addresseeQuestions,
    })),
    registeredCount: topicQuestions.filter((question) => question.status === 'registered').length,
  }));
}

/**
 * Suggestions for a new question's addressee: past addressees, each once, most
 * asked first, then the other `offices` given (the guests' offices: the
 * department heads who answer).
 */
export function addresseeSuggestions(questions: readonly Question[], offices: readonly string[] = []): string[] {
  const asked = groupBy(questions, (question) => groupKey(question.addressee))
    .sort((a, b) => b.length - a.length)
    .flatMap((group) => (group[0] ? [group[0].addressee] : []));
  const known = new Set(asked.map(groupKey));
  const others = groupBy(
    offices.filter((office) => office.trim() !== '' && !known.has(groupKey(office))),
    groupKey,
  ).flatMap((group) => (group[0] ? [group[0].trim()] : []));
  return [...asked, ...others];
}
