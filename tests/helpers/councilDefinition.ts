/** A council's session as the console's create form sends it: a commune council, two sittings, a few seats. */
import type { SessionDefinition } from '../../src/shared/core';

export function councilDefinition(title = 'Kỳ họp thứ nhất', seats = 5): SessionDefinition {
  return {
    title,
    council: 'Hội đồng nhân dân phường Ba Đình',
    place: 'Hội trường phường',
    councilLevel: 'commune',
    term: 'Khóa I, nhiệm kỳ 2026–2031',
    number: 1,
    kind: 'regular',
    startDate: '2026-07-01',
    endDate: '2026-07-02',
    sittings: [
      { key: 's1', title: 'Phiên thứ nhất', date: '2026-07-01', period: 'morning' },
      { key: 's2', title: 'Phiên thứ hai', date: '2026-07-02', period: 'afternoon' },
    ],
    seats: Array.from({ length: seats }, (_, index) => ({ seat: index + 1, name: `Đại biểu số ${index + 1}`, office: '' })),
    agenda: [
      { sitting: 's1', title: 'Khai mạc', kind: 'opening', presenter: '', notes: '' },
      { sitting: 's2', title: 'Bế mạc', kind: 'closing', presenter: '', notes: '' },
    ],
  };
}
