/**
 * The usual order of a session's agenda (DOMAIN.md): a new session starts
 * from it and the secretary edits it. Titles are data, in Vietnamese, as the
 * council's programme writes them.
 */
import type { AgendaKind, SessionKind } from '../../protocol';
import type { DefinitionItem } from '../sessionDefinition';

interface TemplateItem {
  title: string;
  kind: AgendaKind;
  presenter: string;
}

const OPENING: TemplateItem = { title: 'Khai mạc kỳ họp', kind: 'opening', presenter: 'Chủ tọa kỳ họp' };
const CLOSING: TemplateItem = { title: 'Bế mạc kỳ họp', kind: 'closing', presenter: 'Chủ tọa kỳ họp' };
const RESOLUTIONS: TemplateItem = { title: 'Biểu quyết thông qua nghị quyết', kind: 'voting', presenter: 'Chủ tọa kỳ họp' };

/** Between the opening and the closing of a regular session. */
const REGULAR_BODY: readonly TemplateItem[] = [
  { title: 'Báo cáo', kind: 'report', presenter: 'Ủy ban nhân dân' },
  { title: 'Thẩm tra', kind: 'review', presenter: 'Các Ban của Hội đồng nhân dân' },
  { title: 'Thảo luận', kind: 'discussion', presenter: 'Chủ tọa kỳ họp' },
  { title: 'Chất vấn và trả lời chất vấn', kind: 'questions', presenter: 'Chủ tọa kỳ họp' },
  RESOLUTIONS,
];

/** Between the opening and the closing of a special session (kỳ họp chuyên đề). */
const SPECIAL_BODY: readonly TemplateItem[] = [{ title: 'Nội dung chuyên đề', kind: 'report', presenter: 'Ủy ban nhân dân' }, RESOLUTIONS];

/**
 * The agenda a new session starts with, spread over its sittings in order: the
 * opening in the first sitting, the closing in the last, the items between
 * shared out evenly, in order. No sittings, no items.
 */
export function agendaTemplate(kind: SessionKind, sittingKeys: readonly string[]): DefinitionItem[] {
  const first = sittingKeys[0];
  const last = sittingKeys[sittingKeys.length - 1];
  if (first === undefined || last === undefined) return [];
  const body = kind === 'regular' ? REGULAR_BODY : SPECIAL_BODY;
  const item = (template: TemplateItem, sitting: string): DefinitionItem => ({ sitting, title: template.title, kind: template.kind, presenter: template.presenter, notes: '' });
  return [
    item(OPENING, first),
    ...body.map((template, index) => item(template, sittingKeys[Math.floor((index * sittingKeys.length) / body.length)] ?? last)),
    item(CLOSING, last),
  ];
}
