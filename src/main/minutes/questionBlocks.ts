/**
 * Question time: each question of the scope, in registration order — who
 * asked whom, about what, who answered and who rebutted — then the questions
 * to be answered in writing. Withdrawn questions are left out.
 */
import type { Question } from '../../shared/protocol';
import type { MinutesBlock } from './minutesDocument';
import type { MinutesContext } from './minutesContext';
import { seatName } from './minutesContext';
import { speakerName } from './itemBlocks';

function questionsInScope(context: MinutesContext): Question[] {
  const items = new Set(context.items.map((item) => item.id));
  return context.facts.state.questions.filter((question) => question.status !== 'withdrawn' && (question.itemId === null ? context.wholeSession : items.has(question.itemId)));
}

function speakersFor(context: MinutesContext, questionId: string, kind: 'answer' | 'rebuttal'): string[] {
  const { floor } = context.facts.state;
  const turns = floor.turn ? [...floor.turns, floor.turn] : floor.turns;
  return turns.filter((turn) => turn.questionId === questionId && turn.kind === kind).map((turn) => speakerName(context, turn));
}

function oneQuestion(context: MinutesContext, question: Question, number: number): string {
  const { t } = context;
  const parts = [
    t('minutes.question.asked', {
      number,
      asker: t('minutes.nameAndSeat', { name: seatName(context, question.askerSeat), seat: question.askerSeat }),
      addressee: question.addressee,
      topic: question.topic,
      text: question.text,
    }),
  ];
  const answers = speakersFor(context, question.id, 'answer');
  const rebuttals = speakersFor(context, question.id, 'rebuttal');
  if (answers.length > 0) parts.push(t('minutes.question.answeredBy', { names: answers.join('; ') }));
  if (rebuttals.length > 0) parts.push(t('minutes.question.rebuttedBy', { names: rebuttals.join('; ') }));
  parts.push(t('minutes.question.status', { status: t(`question.status.${question.status}`) }));
  return parts.join(' ');
}

/** The question-time section's blocks; empty when no question was registered in the scope. */
export function questionBlocks(context: MinutesContext): MinutesBlock[] {
  const { t } = context;
  const questions = questionsInScope(context);
  if (questions.length === 0) return [];
  const blocks: MinutesBlock[] = [{ kind: 'list', items: questions.map((question, index) => oneQuestion(context, question, index + 1)) }];
  const written = questions.filter((question) => question.status === 'writtenAnswer');
  if (written.length > 0) {
    blocks.push({ kind: 'paragraph', bold: true, text: t('minutes.question.written', { count: written.length }) });
    blocks.push({
      kind: 'list',
      items: written.map((question) => t('minutes.question.writtenItem', { asker: seatName(context, question.askerSeat), addressee: question.addressee, text: question.text })),
    });
  }
  return blocks;
}
