import type { SessionDefinition } from '../../src/shared/core';

/** A session of `seats` delegates with two agenda items, for tests and benchmarks at scale. */
export function sessionWithSeats(seats: number): SessionDefinition {
  return {
    title: `Kỳ họp thử nghiệm với ${seats} đại biểu`,
    council: 'Hội đồng nhân dân thử nghiệm',
    place: 'Hội trường',
    sittings: [{ key: 's1', title: 'Phiên thứ nhất', date: '2026-12-08' }],
    seats: Array.from({ length: seats }, (_, index) => ({ seat: index + 1, name: `Đại biểu số ${index + 1}`, office: '' })),
    agenda: [
      { sitting: 's1', title: 'Khai mạc', kind: 'opening', presenter: '', notes: '' },
      { sitting: 's1', title: 'Biểu quyết thông qua các nghị quyết', kind: 'voting', presenter: '', notes: '' },
    ],
  };
}
