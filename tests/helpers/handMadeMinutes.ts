/**
 * A minutes document written by hand, for the renderers' tests: the decree's
 * header, every kind of block, names that break careless DOCX or PDF writers
 * (`<`, `&`, an emoji, a name typed with combining marks), and a table long
 * enough to run over several pages.
 */
import type { MinutesDocument } from '../../src/main/minutes/minutesDocument';

/** "Nguyễn" typed with combining marks: e + U+0302 (circumflex) + U+0303 (tilde). */
export const COMBINING_NAME = 'Nguye\u0302\u0303n Thị Hồng';
export const AWKWARD_NAMES = ['Trần <Văn> & Bình', 'Lê Thị Mai 🌸', COMBINING_NAME] as const;
export const FINAL_HASH = 'ab'.repeat(32);

export function handMadeMinutes(options: { tableRows?: number } = {}): MinutesDocument {
  const tableRows = options.tableRows ?? 3;
  return {
    header: { issuer: ['Hội đồng nhân dân', 'tỉnh An Giang'], number: 'Số: 12/BB-HĐND', placeAndDate: 'An Giang, ngày 12 tháng 7 năm 2026' },
    title: ['BIÊN BẢN', 'Kỳ họp thứ Mười Hai, Hội đồng nhân dân tỉnh khóa X'],
    blocks: [
      { kind: 'heading', level: 1, text: 'I. THÀNH PHẦN THAM DỰ' },
      { kind: 'paragraph', text: 'Tổng số đại biểu: 45; có mặt 44 đại biểu, vắng 1 đại biểu có lý do.' },
      { kind: 'heading', level: 2, text: 'Đại biểu vắng mặt' },
      { kind: 'list', items: [...AWKWARD_NAMES] },
      { kind: 'paragraph', text: 'Chủ tọa: Phạm Văn Đức.', bold: true, align: 'left' },
      { kind: 'paragraph', text: 'Thư ký: Võ Thị Lan.', italic: true, align: 'right' },
      { kind: 'heading', level: 3, text: 'Kết quả biểu quyết' },
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 0.1, align: 'center' },
          { title: 'Đại biểu', width: 0.6, align: 'left' },
          { title: 'Biểu quyết', width: 0.3, align: 'center' },
        ],
        rows: Array.from({ length: tableRows }, (_, index) => [String(index + 1), index < AWKWARD_NAMES.length ? (AWKWARD_NAMES[index] ?? '') : `Đại biểu số ${index + 1}`, index % 2 === 0 ? 'Tán thành' : 'Không tán thành']),
      },
      { kind: 'paragraph', text: 'Tán thành: 40 đại biểu (88,89% tổng số đại biểu).' },
      { kind: 'pageBreak' },
      { kind: 'paragraph', text: 'Kỳ họp bế mạc lúc 17 giờ 30 phút.' },
    ],
    signatures: [
      { title: 'THƯ KÝ KỲ HỌP', name: 'Võ Thị Lan' },
      { title: 'CHỦ TỌA', name: 'Phạm Văn Đức' },
    ],
    record: { scope: { kind: 'minutes', sessionId: 'session-1', sitting: null }, eventCount: 1234, finalHash: FINAL_HASH },
    locale: 'vi',
  };
}
