import { describe, expect, it } from 'vitest';
import type { MinutesRecordStamp } from '../../../../src/main/minutes/minutesDocument';
import { readRecordStamp, recordStampLines } from '../../../../src/main/minutes/recordStamp';

const HASH = '0123456789abcdef'.repeat(4);
const stamps: MinutesRecordStamp[] = [
  { scope: { kind: 'minutes', sessionId: 's-1', sitting: null }, eventCount: 20000, finalHash: HASH },
  { scope: { kind: 'minutes', sessionId: 's-1', sitting: 3 }, eventCount: 7, finalHash: HASH },
  { scope: { kind: 'countReport', sessionId: 'S_2', voteId: 'vote-9' }, eventCount: 1, finalHash: HASH },
];

describe('the record stamp', () => {
  it('reads the Vietnamese wording: "Lập từ N sự kiện của hồ sơ kỳ họp; mã băm cuối: …"', () => {
    expect(recordStampLines(stamps[0] as MinutesRecordStamp, 'vi')[0]).toBe(`Lập từ 20000 sự kiện của hồ sơ kỳ họp; mã băm cuối: ${HASH}`);
  });

  for (const stamp of stamps) {
    for (const locale of ['vi', 'en'] as const) {
      it(`reads back what it writes (${stamp.scope.kind}, ${locale})`, () => {
        expect(readRecordStamp(['BIÊN BẢN', ...recordStampLines(stamp, locale)].join('\n'))).toEqual({ record: stamp, locale });
      });
    }
  }

  it('is read even when text extraction broke its line before the hash', () => {
    const [made, scope] = recordStampLines(stamps[0] as MinutesRecordStamp, 'vi');
    expect(readRecordStamp(`${made?.replace(' mã băm cuối: ', ' mã băm cuối:\n')}\n${scope}`)?.record).toEqual(stamps[0]);
  });

  it('is not found in a text without one', () => {
    expect(readRecordStamp('BIÊN BẢN Kỳ họp thứ Mười Hai')).toBeNull();
  });
});
