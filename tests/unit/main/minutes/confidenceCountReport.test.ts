/**
 * A confidence vote's count report and its lines in the minutes, from a log
 * made with the core: per official the three ratings with their counts and %
 * of the seated delegates, and the verdict the vote's own rule gives.
 */
import { describe, expect, it } from 'vitest';
import { buildMinutes, countReportScopes } from '../../../../src/main/minutes/buildMinutes';
import type { MinutesBlock } from '../../../../src/main/minutes/minutesDocument';
import { apply, createSessionEvents, decide, initialState } from '../../../../src/shared/core';
import type { DomainEvent, SessionState, StoredEvent } from '../../../../src/shared/protocol';
import { ctxFor, sequentialIds, voteCreateCommand } from '../../shared/core/fixtures';
import { councilDefinition } from '../../../helpers/councilDefinition';

/** 1 July 2026, 9:00 in Vietnam. */
const NINE = Date.UTC(2026, 6, 1, 2, 0);

/** Ids in the order given: the vote's, then its rows'. */
function nextOf(ids: string[]): () => string {
  let next = 0;
  return () => ids[next++] ?? `extra-${next}`;
}

function confidenceLog(): StoredEvent[] {
  const events: DomainEvent[] = createSessionEvents(councilDefinition('Kỳ họp thứ nhất', 7), sequentialIds('seed'));
  let state: SessionState = events.reduce(apply, initialState);
  const itemId = state.agenda[0]?.id ?? null;
  const more = (next: DomainEvent[]) => {
    events.push(...next);
    state = next.reduce(apply, state);
  };
  more([{ type: 'agenda.currentSet', itemId }]);
  const created = decide(state, voteCreateCommand({ kind: 'confidence', secret: true, title: 'Lấy phiếu tín nhiệm', names: ['Nguyễn Văn An', 'Trần Thị Bình'] }), ctxFor('secretary', nextOf(['c1', 'official-a', 'official-b'])));
  if (!created.ok) throw new Error(created.message);
  more(created.events);
  const vote = state.votes[0];
  const [first, second] = vote?.rows ?? [];
  if (!first || !second) throw new Error('no rows');
  const tally = { participants: 6, counts: { [first.id]: { high: 3, confidence: 2, low: 1 }, [second.id]: { high: 1, confidence: 1, low: 4 } } };
  more([
    { type: 'vote.opened', voteId: 'c1', openedAt: NINE, seated: 7, present: 6, quorumMet: true },
    { type: 'vote.closed', voteId: 'c1', closedAt: NINE + 600_000, tally, named: null },
    { type: 'vote.published', voteId: 'c1', tally, at: NINE + 660_000 },
  ]);
  return events.map((event, index) => ({ seq: index + 1, at: NINE + index * 1000, event }));
}

function lines(blocks: readonly MinutesBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'heading') return [`${'#'.repeat(block.level)} ${block.text}`];
    if (block.kind === 'paragraph') return [`${block.italic ? '_' : ''}${block.text}`];
    if (block.kind === 'list') return block.items.map((item) => `- ${item}`);
    if (block.kind === 'table') return [`| ${block.columns.map((column) => column.title).join(' | ')}`, ...block.rows.map((row) => `| ${row.join(' | ')}`)];
    return ['---'];
  });
}

describe('a confidence vote', () => {
  const events = confidenceLog();

  it('has a count report with the three ratings per official, their % of seated, and the verdict of its rule; no board entered leaves the head’s signature blank', () => {
    expect(countReportScopes(events)).toEqual([{ voteId: 'c1', title: 'Lấy phiếu tín nhiệm' }]);
    const report = buildMinutes(events, { kind: 'countReport', sessionId: 'x', voteId: 'c1' });
    expect(report.title).toEqual(['BIÊN BẢN KIỂM PHIẾU', 'Lấy phiếu tín nhiệm']);
    expect(lines(report.blocks)).toEqual([
      'Kỳ họp: Kỳ họp thứ nhất, Hội đồng nhân dân phường Ba Đình.',
      'Thời gian bỏ phiếu: 9 giờ 00 phút, ngày 01/07/2026.',
      'Địa điểm: Hội trường phường.',
      '## Ban kiểm phiếu',
      '_Chưa nhập thành viên Ban kiểm phiếu.',
      '## Kết quả kiểm phiếu',
      '- Tổng số đại biểu: 7',
      '- Số phiếu phát ra: 6',
      '- Số phiếu thu vào: 6',
      '- Số phiếu hợp lệ: 6',
      '- Số phiếu không hợp lệ: 0',
      'Mức tín nhiệm thấp: trên một nửa tổng số đại biểu (cần ít nhất 4/7 phiếu).',
      '| STT | Người được lấy phiếu | Tín nhiệm cao | Tín nhiệm | Tín nhiệm thấp | Kết quả',
      '| 1 | Nguyễn Văn An | 3 (42,86%) | 2 (28,57%) | 1 (14,29%) | Không quá một nửa tổng số đại biểu đánh giá tín nhiệm thấp',
      '| 2 | Trần Thị Bình | 1 (14,29%) | 1 (14,29%) | 4 (57,14%) | Trên một nửa tổng số đại biểu đánh giá tín nhiệm thấp',
    ]);
    expect(report.signatures).toEqual([{ title: 'TRƯỞNG BAN KIỂM PHIẾU', name: '' }]);
    expect(report.header.placeAndDate).toBe('Ba Đình, ngày 01 tháng 7 năm 2026');
  });

  it('appears in the minutes with each official’s ratings and verdict, and refers to its count report', () => {
    const minutes = buildMinutes(events, { kind: 'minutes', sessionId: 'x', sitting: 1 });
    const all = lines(minutes.blocks);
    const from = all.indexOf('### 1. Lấy phiếu tín nhiệm');
    expect(all.slice(from, from + 9)).toEqual([
      '### 1. Lấy phiếu tín nhiệm',
      'Hình thức: Lấy phiếu tín nhiệm, bỏ phiếu kín.',
      'Mức tín nhiệm thấp: trên một nửa tổng số đại biểu (cần ít nhất 4/7 phiếu).',
      'Mở lúc 9 giờ 00 phút; có mặt 6/7 đại biểu.',
      '- Số đại biểu tham gia bỏ phiếu: 6/7 đại biểu, chiếm 85,71% tổng số đại biểu',
      '- Nguyễn Văn An: Tín nhiệm cao 3 (42,86%); Tín nhiệm 2 (28,57%); Tín nhiệm thấp 1 (14,29%). Không quá một nửa tổng số đại biểu đánh giá tín nhiệm thấp',
      '- Trần Thị Bình: Tín nhiệm cao 1 (14,29%); Tín nhiệm 1 (14,29%); Tín nhiệm thấp 4 (57,14%). Trên một nửa tổng số đại biểu đánh giá tín nhiệm thấp',
      '_Chi tiết tại Biên bản kiểm phiếu “Lấy phiếu tín nhiệm”.',
      'Bỏ phiếu kín: biên bản chỉ ghi số đại biểu tham gia (6), không ghi lựa chọn của từng người.',
    ]);
  });
});
