/**
 * Golden tests of the minutes' content, for the scripted session played
 * through a real hub (tests/helpers/minutesSession.ts) and read back from its
 * SQLite log: every word and every figure of each part, exactly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMinutes, countReportScopes, MinutesError } from '../../../../src/main/minutes/buildMinutes';
import type { MinutesSourceEvent } from '../../../../src/main/minutes/buildMinutes';
import type { MinutesBlock, MinutesDocument } from '../../../../src/main/minutes/minutesDocument';
import { COMBINING_NAME, MARKUP_NAME, scriptMinutesSession } from '../../../helpers/minutesSession';

let dir: string;
let events: MinutesSourceEvent[];
let sessionId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chamber-minutes-'));
  ({ events, sessionId } = await scriptMinutesSession(dir));
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A block as one line of text, marking its kind, so a test reads the document as a reader would. */
function lines(blocks: readonly MinutesBlock[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'heading':
        return [`${'#'.repeat(block.level)} ${block.text}`];
      case 'paragraph':
        return [`${block.bold ? '**' : ''}${block.italic ? '_' : ''}${block.text}`];
      case 'list':
        return block.items.map((item) => `- ${item}`);
      case 'table':
        return [`| ${block.columns.map((column) => column.title).join(' | ')}`, ...block.rows.map((row) => `| ${row.join(' | ')}`)];
      case 'pageBreak':
        return ['---'];
    }
  });
}

/** The lines from the heading `from` up to the next level-2 heading (or the end). */
function section(document: MinutesDocument, from: string): string[] {
  const all = lines(document.blocks);
  const start = all.indexOf(`## ${from}`);
  if (start < 0) throw new Error(`No section ${from}`);
  const next = all.findIndex((line, index) => index > start && line.startsWith('## '));
  return all.slice(start, next < 0 ? undefined : next);
}

function sessionMinutes(): MinutesDocument {
  return buildMinutes(events, { kind: 'minutes', sessionId, sitting: null });
}

function electionId(): string {
  const created = events.find((stored) => stored.event.type === 'vote.created' && stored.event.vote.kind === 'election');
  if (created?.event.type !== 'vote.created') throw new Error('no election in the script');
  return created.event.vote.id;
}

function resolutionId(): string {
  const created = events.find((stored) => stored.event.type === 'vote.created' && stored.event.vote.kind === 'resolution');
  if (created?.event.type !== 'vote.created') throw new Error('no resolution in the script');
  return created.event.vote.id;
}

function errorOf(run: () => unknown): MinutesError {
  try {
    run();
  } catch (error) {
    if (error instanceof MinutesError) return error;
    throw error;
  }
  throw new Error('expected a MinutesError');
}

describe('the session minutes', () => {
  it('open with the state header, the title, the session, its sittings with their times, the venue, the agenda, the chair and the secretariat', () => {
    const minutes = sessionMinutes();
    expect(minutes.header).toEqual({ issuer: ['HỘI ĐỒNG NHÂN DÂN', 'PHƯỜNG BA ĐÌNH'], number: 'Số:      /BB-HĐND', placeAndDate: 'Ba Đình, ngày 01 tháng 7 năm 2026' });
    expect(minutes.title).toEqual(['BIÊN BẢN', 'Kỳ họp thứ Ba', 'Hội đồng nhân dân phường Ba Đình khóa I, nhiệm kỳ 2026–2031']);
    const all = lines(minutes.blocks);
    expect(all.slice(0, all.indexOf('## I. THÀNH PHẦN THAM DỰ'))).toEqual([
      'Kỳ họp: Kỳ họp thứ Ba (kỳ họp thường lệ).',
      'Thời gian:',
      '- Phiên thứ nhất: Thứ Tư, ngày 1 tháng 7 năm 2026, từ 8 giờ 00 phút đến 10 giờ 30 phút',
      '- Phiên bế mạc: Thứ Tư, ngày 1 tháng 7 năm 2026, từ 14 giờ 00 phút đến 14 giờ 15 phút',
      '- Phiên dự phòng: Thứ Năm, ngày 2 tháng 7 năm 2026 (chưa họp)',
      'Địa điểm: Hội trường Ủy ban nhân dân phường.',
      'Chương trình:',
      '- 1. Khai mạc kỳ họp',
      '- 2. Tờ trình về dự toán ngân sách năm 2027',
      '- 3. Chất vấn và trả lời chất vấn',
      '- 4. Biểu quyết thông qua các nghị quyết',
      '- 5. Bế mạc kỳ họp',
      '- 6. Nội dung dự phòng',
      'Chủ tọa: Nguyễn Văn An, Chủ tịch HĐND phường.',
      'Cùng điều hành: Trần Thị Bình, Phó Chủ tịch HĐND phường.',
      'Thư ký kỳ họp: Bùi Thị Mai, Chánh Văn phòng HĐND và UBND phường.',
    ]);
  });

  it('give each sitting held its roll: seated, present, absent with the reason, absent without one, late, left early; then the guests', () => {
    expect(section(sessionMinutes(), 'I. THÀNH PHẦN THAM DỰ')).toEqual([
      '## I. THÀNH PHẦN THAM DỰ',
      '### Phiên thứ nhất (Thứ Tư, ngày 1 tháng 7 năm 2026)',
      'Tổng số đại biểu: 7. Có mặt: 5/7 đại biểu.',
      'Vắng mặt có lý do (1): Vũ Thị Hoa (Đi công tác).',
      'Vắng mặt không có lý do (1): Đặng Văn Khoa.',
      'Đến muộn (1): Phạm Thị <Dung> & Đào 🌸 (lúc 8 giờ 20 phút).',
      'Về sớm (1): Hoàng Văn Giang (lúc 10 giờ 30 phút).',
      '### Phiên bế mạc (Thứ Tư, ngày 1 tháng 7 năm 2026)',
      'Tổng số đại biểu: 7. Có mặt: 4/7 đại biểu.',
      'Vắng mặt có lý do (2): Hoàng Văn Giang (Ốm); Vũ Thị Hoa (Đi công tác).',
      'Vắng mặt không có lý do (1): Đặng Văn Khoa.',
      'Khách mời (1):',
      '- Ngô Văn Lâm, Chủ tịch UBND phường',
    ]);
  });

  it('give each item its presenter, documents with their pages, the speakers in order with the kind and m:ss length of each turn, and the secretary’s notes', () => {
    expect(section(sessionMinutes(), 'II. NỘI DUNG KỲ HỌP')).toEqual([
      '## II. NỘI DUNG KỲ HỌP',
      '### 1. Khai mạc kỳ họp',
      'Trình bày: Nguyễn Văn An.',
      'Phát biểu (1 lượt):',
      '| STT | Người phát biểu | Hình thức | Thời lượng',
      '| 1 | Nguyễn Văn An | Trình bày báo cáo | 5:30',
      '### 2. Tờ trình về dự toán ngân sách năm 2027',
      'Trình bày: Ngô Văn Lâm, Chủ tịch UBND phường.',
      'Tài liệu (1):',
      '- Tờ trình số 45/TTr-UBND (3 trang)',
      'Phát biểu (3 lượt):',
      '| STT | Người phát biểu | Hình thức | Thời lượng',
      '| 1 | Ngô Văn Lâm | Trình bày báo cáo | 12:15',
      '| 2 | Lê Văn Cường (ghế 3) | Thảo luận | 5:05',
      '| 3 | Phạm Thị <Dung> & Đào 🌸 (ghế 4) | Thảo luận | 3:30',
      '**Ghi chép của thư ký:',
      'Đại biểu thống nhất với tờ trình.',
      'Đề nghị bổ sung số liệu thu ngân sách quý II.',
      '### 3. Chất vấn và trả lời chất vấn',
      'Phát biểu (3 lượt):',
      '| STT | Người phát biểu | Hình thức | Thời lượng',
      '| 1 | Hoàng Văn Giang (ghế 5) | Chất vấn | 1:10',
      '| 2 | Ngô Văn Lâm | Trả lời chất vấn | 3:15',
      '| 3 | Hoàng Văn Giang (ghế 5) | Tranh luận | 1:00',
      '### 4. Biểu quyết thông qua các nghị quyết',
      '**Ghi chép của thư ký:',
      'Chủ tọa đề nghị Thường trực HĐND hoàn thiện dự thảo và trình lại.',
      '### 5. Bế mạc kỳ họp',
      'Trình bày: Nguyễn Văn An.',
      'Phát biểu (1 lượt):',
      '| STT | Người phát biểu | Hình thức | Thời lượng',
      '| 1 | Nguyễn Văn An | Trình bày báo cáo | 10:40',
      '### 6. Nội dung dự phòng',
    ]);
  });

  it('give question time: who asked whom about what, who answered, who rebutted, and the questions to be answered in writing', () => {
    expect(section(sessionMinutes(), 'III. CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN')).toEqual([
      '## III. CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN',
      '- 1. Đại biểu Hoàng Văn Giang (ghế 5) chất vấn Chủ tịch UBND phường về Ngân sách: “Vì sao giải ngân vốn đầu tư công chậm?”. Trả lời: Ngô Văn Lâm. Tranh luận: Hoàng Văn Giang (ghế 5). Tình trạng: Đã trả lời.',
      '- 2. Đại biểu Lê Văn Cường (ghế 3) chất vấn Trưởng phòng Kinh tế, Hạ tầng và Đô thị về Giao thông: “Khi nào hoàn thành tuyến đường Hoàng Hoa Thám?”. Tình trạng: Trả lời bằng văn bản.',
      '**Câu hỏi trả lời bằng văn bản (1):',
      '- Đại biểu Lê Văn Cường hỏi Trưởng phòng Kinh tế, Hạ tầng và Đô thị: “Khi nào hoàn thành tuyến đường Hoàng Hoa Thám?”',
    ]);
  });

  it('give every vote in the National Assembly’s form with the verdict: open votes by name, the secret election by its participants and count report, the cancelled vote with its reason', () => {
    expect(section(sessionMinutes(), 'IV. KẾT QUẢ BIỂU QUYẾT')).toEqual([
      '## IV. KẾT QUẢ BIỂU QUYẾT',
      '### 1. Nghị quyết về dự toán ngân sách năm 2027',
      'Hình thức: Biểu quyết nghị quyết, biểu quyết công khai bằng thiết bị điện tử.',
      'Điều kiện thông qua: trên một nửa tổng số đại biểu (cần ít nhất 4/7 phiếu).',
      'Mở lúc 9 giờ 06 phút; có mặt 5/7 đại biểu.',
      '- Số đại biểu tham gia biểu quyết: 5/7 đại biểu, chiếm 71,43% tổng số đại biểu',
      '- Tán thành: 4/7 đại biểu, chiếm 57,14% tổng số đại biểu',
      '- Không tán thành: 0/7 đại biểu, chiếm 0,00% tổng số đại biểu',
      '- Không biểu quyết: 1/7 đại biểu, chiếm 14,29% tổng số đại biểu',
      '**Kết quả: THÔNG QUA.',
      'Danh sách biểu quyết theo tên:',
      '| STT | Đại biểu | Lựa chọn',
      '| 1 | Nguyễn Văn An | Tán thành',
      '| 2 | Trần Thị Bình | Tán thành',
      '| 3 | Lê Văn Cường | Tán thành',
      '| 4 | Phạm Thị <Dung> & Đào 🌸 | Tán thành',
      '| 5 | Hoàng Văn Giang | Không biểu quyết',
      'Không tham gia biểu quyết (2): Vũ Thị Hoa; Đặng Văn Khoa.',
      '### 2. Nghị quyết về kế hoạch đầu tư công năm 2027',
      'Hình thức: Biểu quyết nghị quyết, biểu quyết công khai bằng thiết bị điện tử.',
      'Điều kiện thông qua: trên một nửa tổng số đại biểu (cần ít nhất 4/7 phiếu).',
      'Mở lúc 9 giờ 10 phút; có mặt 5/7 đại biểu.',
      '- Số đại biểu tham gia biểu quyết: 4/7 đại biểu, chiếm 57,14% tổng số đại biểu',
      '- Tán thành: 2/7 đại biểu, chiếm 28,57% tổng số đại biểu',
      '- Không tán thành: 2/7 đại biểu, chiếm 28,57% tổng số đại biểu',
      '- Không biểu quyết: 0/7 đại biểu, chiếm 0,00% tổng số đại biểu',
      '**Kết quả: KHÔNG THÔNG QUA.',
      'Danh sách biểu quyết theo tên:',
      '| STT | Đại biểu | Lựa chọn',
      '| 1 | Nguyễn Văn An | Tán thành',
      '| 2 | Trần Thị Bình | Tán thành',
      '| 3 | Lê Văn Cường | Không tán thành',
      '| 4 | Phạm Thị <Dung> & Đào 🌸 | Không tán thành',
      'Không tham gia biểu quyết (3): Hoàng Văn Giang; Vũ Thị Hoa; Đặng Văn Khoa.',
      '### 3. Bầu Phó Chủ tịch Hội đồng nhân dân phường',
      'Hình thức: Bầu chức danh, bỏ phiếu kín.',
      'Điều kiện trúng cử: trên một nửa tổng số đại biểu (cần ít nhất 4/7 phiếu).',
      'Mở lúc 9 giờ 16 phút; có mặt 5/7 đại biểu.',
      '- Số đại biểu tham gia bỏ phiếu: 5/7 đại biểu, chiếm 71,43% tổng số đại biểu',
      '- Trần Thị Bình: 4/7 đại biểu bầu, chiếm 57,14% tổng số đại biểu. Trúng cử',
      '_Chi tiết tại Biên bản kiểm phiếu “Bầu Phó Chủ tịch Hội đồng nhân dân phường”.',
      'Bỏ phiếu kín: biên bản chỉ ghi số đại biểu tham gia (5), không ghi lựa chọn của từng người.',
      '### 4. Nghị quyết về tổ chức kỳ họp chuyên đề',
      'Hình thức: Biểu quyết nghị quyết, biểu quyết công khai bằng thiết bị điện tử.',
      'Điều kiện thông qua: trên một nửa tổng số đại biểu (cần ít nhất 4/7 phiếu).',
      'Mở lúc 9 giờ 25 phút; có mặt 5/7 đại biểu.',
      '**Đã hủy. Lý do: Dự thảo có sai sót, cần biểu quyết lại.',
      'Kỳ họp bế mạc lúc 14 giờ 15 phút.',
    ]);
  });

  it('end with the signature blocks of the secretary and the chair, and the record they were made from', () => {
    const minutes = sessionMinutes();
    expect(minutes.signatures).toEqual([
      { title: 'THƯ KÝ KỲ HỌP', name: 'Bùi Thị Mai' },
      { title: 'CHỦ TỌA', name: 'Nguyễn Văn An' },
    ]);
    expect(minutes.record).toEqual({ scope: { kind: 'minutes', sessionId, sitting: null }, eventCount: events.length, finalHash: events.at(-1)?.hash });
    expect(minutes.record.finalHash).toMatch(/^[0-9a-f]{64}$/);
    expect(minutes.locale).toBe('vi');
  });

  it('keep names with <, & and an emoji as given, and print a name typed with combining marks in its composed form', () => {
    const text = JSON.stringify(sessionMinutes());
    expect(text).toContain(MARKUP_NAME);
    expect(COMBINING_NAME).not.toBe(COMBINING_NAME.normalize('NFC'));
    expect(text).not.toContain(COMBINING_NAME);
    expect(text).toContain(COMBINING_NAME.normalize('NFC'));
    expect(text).toBe(text.normalize('NFC'));
  });

  it('are the same document every time they are built from the same log', () => {
    expect(sessionMinutes()).toEqual(sessionMinutes());
  });

  it('are worded in English when asked, with the figures in English number format', () => {
    const minutes = buildMinutes(events, { kind: 'minutes', sessionId, sitting: null }, 'en');
    expect(minutes.locale).toBe('en');
    expect(minutes.title[0]).toBe('MINUTES');
    expect(section(minutes, 'IV. VOTES').slice(5, 7)).toEqual(['- Delegates taking part: 5/7 delegates, 71.43% of all delegates', '- Tán thành: 4/7 delegates, 57.14% of all delegates']);
  });
});

describe('a sitting’s minutes', () => {
  it('hold only that sitting: its time, its items, its roll, its closing', () => {
    const minutes = buildMinutes(events, { kind: 'minutes', sessionId, sitting: 2 });
    expect(minutes.title).toEqual(['BIÊN BẢN', 'Phiên bế mạc', 'Kỳ họp thứ Ba', 'Hội đồng nhân dân phường Ba Đình khóa I, nhiệm kỳ 2026–2031']);
    expect(lines(minutes.blocks)).toEqual([
      'Kỳ họp: Kỳ họp thứ Ba (kỳ họp thường lệ).',
      'Thời gian:',
      '- Phiên bế mạc: Thứ Tư, ngày 1 tháng 7 năm 2026, từ 14 giờ 00 phút đến 14 giờ 15 phút',
      'Địa điểm: Hội trường Ủy ban nhân dân phường.',
      'Chương trình:',
      '- 1. Bế mạc kỳ họp',
      'Chủ tọa: Nguyễn Văn An, Chủ tịch HĐND phường.',
      'Cùng điều hành: Trần Thị Bình, Phó Chủ tịch HĐND phường.',
      'Thư ký kỳ họp: Bùi Thị Mai, Chánh Văn phòng HĐND và UBND phường.',
      '## I. THÀNH PHẦN THAM DỰ',
      '### Phiên bế mạc (Thứ Tư, ngày 1 tháng 7 năm 2026)',
      'Tổng số đại biểu: 7. Có mặt: 4/7 đại biểu.',
      'Vắng mặt có lý do (2): Hoàng Văn Giang (Ốm); Vũ Thị Hoa (Đi công tác).',
      'Vắng mặt không có lý do (1): Đặng Văn Khoa.',
      'Khách mời (1):',
      '- Ngô Văn Lâm, Chủ tịch UBND phường',
      '## II. NỘI DUNG KỲ HỌP',
      '### 1. Bế mạc kỳ họp',
      'Trình bày: Nguyễn Văn An.',
      'Phát biểu (1 lượt):',
      '| STT | Người phát biểu | Hình thức | Thời lượng',
      '| 1 | Nguyễn Văn An | Trình bày báo cáo | 10:40',
      'Phiên họp kết thúc lúc 14 giờ 15 phút.',
    ]);
    expect(minutes.record.scope).toEqual({ kind: 'minutes', sessionId, sitting: 2 });
  });

  it('hold the first sitting’s votes and questions, and none of the closing sitting', () => {
    const minutes = buildMinutes(events, { kind: 'minutes', sessionId, sitting: 1 });
    const all = lines(minutes.blocks);
    expect(all.filter((line) => line.startsWith('### '))).toEqual([
      '### Phiên thứ nhất (Thứ Tư, ngày 1 tháng 7 năm 2026)',
      '### 1. Khai mạc kỳ họp',
      '### 2. Tờ trình về dự toán ngân sách năm 2027',
      '### 3. Chất vấn và trả lời chất vấn',
      '### 4. Biểu quyết thông qua các nghị quyết',
      '### 1. Nghị quyết về dự toán ngân sách năm 2027',
      '### 2. Nghị quyết về kế hoạch đầu tư công năm 2027',
      '### 3. Bầu Phó Chủ tịch Hội đồng nhân dân phường',
      '### 4. Nghị quyết về tổ chức kỳ họp chuyên đề',
    ]);
    expect(all.at(-1)).toBe('Phiên họp kết thúc lúc 10 giờ 30 phút.');
    expect(minutes.header.placeAndDate).toBe('Ba Đình, ngày 01 tháng 7 năm 2026');
  });

  it('of a sitting never held are refused with no_events', () => {
    expect(errorOf(() => buildMinutes(events, { kind: 'minutes', sessionId, sitting: 3 })).code).toBe('no_events');
  });

  it('of a sitting the session does not have are refused with no_sitting', () => {
    for (const sitting of [0, 4, -1, 1.5]) expect(errorOf(() => buildMinutes(events, { kind: 'minutes', sessionId, sitting })).code).toBe('no_sitting');
  });

  it('from an empty log are refused with no_events', () => {
    expect(errorOf(() => buildMinutes([], { kind: 'minutes', sessionId, sitting: null })).code).toBe('no_events');
  });
});

describe('the count report', () => {
  it('is listed for the secret election only', () => {
    expect(countReportScopes(events)).toEqual([{ voteId: electionId(), title: 'Bầu Phó Chủ tịch Hội đồng nhân dân phường' }]);
  });

  it('gives the ballots issued, returned, valid and invalid, the votes and % of seated per candidate, the verdict and the counting board with its signatures', () => {
    const report = buildMinutes(events, { kind: 'countReport', sessionId, voteId: electionId() });
    expect(report.header).toEqual({ issuer: ['HỘI ĐỒNG NHÂN DÂN', 'PHƯỜNG BA ĐÌNH'], number: 'Số:      /BB-KP', placeAndDate: 'Ba Đình, ngày 01 tháng 7 năm 2026' });
    expect(report.title).toEqual(['BIÊN BẢN KIỂM PHIẾU', 'Bầu Phó Chủ tịch Hội đồng nhân dân phường']);
    expect(lines(report.blocks)).toEqual([
      'Kỳ họp: Kỳ họp thứ Ba, Hội đồng nhân dân phường Ba Đình.',
      'Thời gian bỏ phiếu: 9 giờ 16 phút, ngày 01/07/2026.',
      'Địa điểm: Hội trường Ủy ban nhân dân phường.',
      '## Ban kiểm phiếu',
      '| STT | Họ và tên | Nhiệm vụ',
      '| 1 | Lê Văn Cường | Trưởng ban',
      '| 2 | Phạm Thị <Dung> & Đào 🌸 | Ủy viên',
      '## Kết quả kiểm phiếu',
      '- Tổng số đại biểu: 7',
      '- Số phiếu phát ra: 5',
      '- Số phiếu thu vào: 5',
      '- Số phiếu hợp lệ: 5',
      '- Số phiếu không hợp lệ: 0',
      'Điều kiện trúng cử: trên một nửa tổng số đại biểu (cần ít nhất 4/7 phiếu).',
      '| STT | Ứng cử viên | Số phiếu bầu | Kết quả',
      '| 1 | Trần Thị Bình | 4 (57,14%) | Trúng cử',
    ]);
    expect(report.signatures).toEqual([
      { title: 'TRƯỞNG BAN KIỂM PHIẾU', name: 'Lê Văn Cường' },
      { title: 'ỦY VIÊN BAN KIỂM PHIẾU', name: MARKUP_NAME },
    ]);
    expect(report.record).toEqual({ scope: { kind: 'countReport', sessionId, voteId: electionId() }, eventCount: events.length, finalHash: events.at(-1)?.hash });
  });

  it('is refused with no_vote for an open resolution and for a vote that does not exist', () => {
    expect(errorOf(() => buildMinutes(events, { kind: 'countReport', sessionId, voteId: resolutionId() })).code).toBe('no_vote');
    expect(errorOf(() => buildMinutes(events, { kind: 'countReport', sessionId, voteId: 'no-such-vote' })).code).toBe('no_vote');
  });

  it('of the election is refused with no_vote in a log that ends before the ballot was counted', () => {
    const beforeClose = events.findIndex((stored) => stored.event.type === 'vote.closed' && stored.event.voteId === electionId());
    expect(errorOf(() => buildMinutes(events.slice(0, beforeClose), { kind: 'countReport', sessionId, voteId: electionId() })).code).toBe('no_vote');
  });
});

/**
 * The same log with the session as a tester typed it: the term inside the
 * council's name, the kind inside the title, and the sittings planned for
 * December although they were held on 1 July.
 */
function retypedSession(): MinutesSourceEvent[] {
  const planned = new Map([
    ['Phiên thứ nhất', '2026-12-08'],
    ['Phiên bế mạc', '2026-12-08'],
    ['Phiên dự phòng', '2026-12-09'],
  ]);
  return events.map((stored) => {
    if (stored.event.type !== 'session.created') return stored;
    const event = stored.event;
    return {
      ...stored,
      event: {
        ...event,
        session: { ...event.session, council: 'Hội đồng nhân dân xã Hòa An khóa XIII, nhiệm kỳ 2026–2031', term: '', title: 'Kỳ họp thứ Ba (kỳ họp thường lệ cuối năm 2026)' },
        sittings: event.sittings.map((sitting) => ({ ...sitting, date: planned.get(sitting.title) ?? sitting.date })),
      },
    };
  });
}

describe('the minutes of a session typed with its term in the council’s name and its kind in the title', () => {
  it('date the header in the locality, never the term, and name the issuer by level and locality', () => {
    const minutes = buildMinutes(retypedSession(), { kind: 'minutes', sessionId, sitting: null });
    expect(minutes.header).toEqual({ issuer: ['HỘI ĐỒNG NHÂN DÂN', 'XÃ HÒA AN'], number: 'Số:      /BB-HĐND', placeAndDate: 'Hòa An, ngày 01 tháng 7 năm 2026' });
    const report = buildMinutes(retypedSession(), { kind: 'countReport', sessionId, voteId: electionId() });
    expect(report.header).toEqual({ issuer: ['HỘI ĐỒNG NHÂN DÂN', 'XÃ HÒA AN'], number: 'Số:      /BB-KP', placeAndDate: 'Hòa An, ngày 01 tháng 7 năm 2026' });
  });

  it('say the session’s kind once, and date each held sitting by the day it was held, as the count report does', () => {
    const minutes = buildMinutes(retypedSession(), { kind: 'minutes', sessionId, sitting: null });
    const all = lines(minutes.blocks);
    expect(all.slice(0, 5)).toEqual([
      'Kỳ họp: Kỳ họp thứ Ba (kỳ họp thường lệ cuối năm 2026).',
      'Thời gian:',
      '- Phiên thứ nhất: Thứ Tư, ngày 1 tháng 7 năm 2026, từ 8 giờ 00 phút đến 10 giờ 30 phút',
      '- Phiên bế mạc: Thứ Tư, ngày 1 tháng 7 năm 2026, từ 14 giờ 00 phút đến 14 giờ 15 phút',
      '- Phiên dự phòng: Thứ Tư, ngày 9 tháng 12 năm 2026 (chưa họp)',
    ]);
    expect(all.filter((line) => line.startsWith('### Phiên'))).toEqual(['### Phiên thứ nhất (Thứ Tư, ngày 1 tháng 7 năm 2026)', '### Phiên bế mạc (Thứ Tư, ngày 1 tháng 7 năm 2026)']);
    const report = buildMinutes(retypedSession(), { kind: 'countReport', sessionId, voteId: electionId() });
    expect(lines(report.blocks)[1]).toBe('Thời gian bỏ phiếu: 9 giờ 16 phút, ngày 01/07/2026.');
  });
});
