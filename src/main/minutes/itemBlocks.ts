/**
 * Each agenda item of the scope: who presented it, its documents (title and
 * pages), the speakers in the order they spoke with the kind and length of
 * each turn, and the secretary's notes typed during the sitting.
 */
import type { AgendaItem, Turn } from '../../shared/protocol';
import type { MinutesBlock } from './minutesDocument';
import type { MinutesContext } from './minutesContext';
import { turnLength } from './minutesFormat';

/** Ended turns in the order they ended, then the one still under way. */
export function turnsOfItem(context: MinutesContext, itemId: string): Turn[] {
  const { floor } = context.facts.state;
  const turns = floor.turns.filter((turn) => turn.itemId === itemId);
  if (floor.turn?.itemId === itemId) turns.push(floor.turn);
  return turns;
}

/** The speaker as the minutes name them: "Nguyễn Văn A (ghế 3)", or the name alone for someone without a seat. */
export function speakerName(context: MinutesContext, turn: Pick<Turn, 'name' | 'seat'>): string {
  const name = turn.name.trim() === '' && turn.seat !== null ? context.t('minutes.seatOnly', { seat: turn.seat }) : turn.name;
  return turn.seat === null ? name : context.t('minutes.nameAndSeat', { name, seat: turn.seat });
}

function speakerRows(context: MinutesContext, turns: Turn[]): string[][] {
  const { t } = context;
  return turns.map((turn, index) => {
    const spoken = context.facts.spokenMs.get(turn.id);
    return [String(index + 1), speakerName(context, turn), t(`floor.kind.${turn.kind}`), spoken === undefined ? t('minutes.item.speaking') : turnLength(spoken)];
  });
}

function oneItem(context: MinutesContext, item: AgendaItem, number: number): MinutesBlock[] {
  const { t, facts } = context;
  const blocks: MinutesBlock[] = [{ kind: 'heading', level: 3, text: t('minutes.numbered', { number, title: item.title }) }];
  if (item.presenter.trim() !== '') blocks.push({ kind: 'paragraph', text: t('minutes.item.presenter', { presenter: item.presenter.trim() }) });
  const documents = facts.state.documents.filter((document) => document.itemId === item.id);
  if (documents.length > 0) {
    blocks.push({ kind: 'paragraph', text: t('minutes.item.documents', { count: documents.length }) });
    blocks.push({ kind: 'list', items: documents.map((document) => t('minutes.item.document', { title: document.title, pages: document.pages })) });
  }
  const turns = turnsOfItem(context, item.id);
  if (turns.length > 0) {
    blocks.push({ kind: 'paragraph', text: t('minutes.item.speakers', { count: turns.length }) });
    blocks.push({
      kind: 'table',
      columns: [
        { title: t('minutes.column.number'), width: 0.1, align: 'center' },
        { title: t('minutes.column.speaker'), width: 0.5, align: 'left' },
        { title: t('minutes.column.speechKind'), width: 0.25, align: 'left' },
        { title: t('minutes.column.length'), width: 0.15, align: 'right' },
      ],
      rows: speakerRows(context, turns),
    });
  }
  const notes = facts.state.minutesNotes[item.id]?.trim() ?? '';
  if (notes !== '') {
    blocks.push({ kind: 'paragraph', bold: true, text: t('minutes.item.notes') });
    for (const paragraph of notes.split(/\r?\n/).filter((line) => line.trim() !== '')) blocks.push({ kind: 'paragraph', text: paragraph });
  }
  return blocks;
}

export function itemBlocks(context: MinutesContext): MinutesBlock[] {
  return context.items.flatMap((item, index) => oneItem(context, item, index + 1));
}
