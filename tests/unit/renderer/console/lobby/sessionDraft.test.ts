import { describe, expect, it } from 'vitest';
import { addSitting, emptySessionDraft, proposeSessionTitle, proposeSittingTitle, removeSitting, splitTerm, termText, withProposals, withStartDate } from '../../../../../src/renderer/console/lobby/sessionDraft';
import type { SessionDraft } from '../../../../../src/renderer/console/lobby/sessionDraft';

const council = 'Hội đồng nhân dân tỉnh Hưng Yên';

describe('the proposed session title', () => {
  it('names a regular session by its number in words, then the council and its term', () => {
    expect(proposeSessionTitle({ number: '3', kind: 'regular', council, termNumber: 'XI' })).toBe('Kỳ họp thứ Ba (kỳ họp thường lệ) – Hội đồng nhân dân tỉnh Hưng Yên khóa XI');
  });

  it('says when a session is special', () => {
    expect(proposeSessionTitle({ number: '5', kind: 'special', council, termNumber: '' })).toBe('Kỳ họp thứ Năm (kỳ họp chuyên đề) – Hội đồng nhân dân tỉnh Hưng Yên');
  });

  it('writes the first session as "thứ Nhất" and numbers past twenty in digits', () => {
    expect(proposeSessionTitle({ number: '1', kind: 'regular', council: '', termNumber: '' })).toBe('Kỳ họp thứ Nhất (kỳ họp thường lệ)');
    expect(proposeSessionTitle({ number: '21', kind: 'regular', council: '', termNumber: '' })).toBe('Kỳ họp thứ 21 (kỳ họp thường lệ)');
  });

  it('leaves out a number that is missing or not a number', () => {
    expect(proposeSessionTitle({ number: '', kind: 'special', council: '', termNumber: '' })).toBe('Kỳ họp chuyên đề');
    expect(proposeSessionTitle({ number: 'ba', kind: 'regular', council: '', termNumber: '' })).toBe('Kỳ họp thường lệ');
  });

  it('follows the fields until the secretary types a title, then keeps what was typed', () => {
    const proposed = withProposals({ ...emptySessionDraft(), council, number: '2' });
    expect(proposed.title).toBe('Kỳ họp thứ Hai (kỳ họp thường lệ) – Hội đồng nhân dân tỉnh Hưng Yên');
    const typed: SessionDraft = { ...proposed, title: 'Kỳ họp giữa năm', titleEdited: true };
    expect(withProposals({ ...typed, number: '4' }).title).toBe('Kỳ họp giữa năm');
  });
});

describe('the proposed sittings', () => {
  it('starts with one sitting called "Phiên thứ nhất"', () => {
    const draft = emptySessionDraft();
    expect(draft.sittings.map((sitting) => sitting.title)).toEqual(['Phiên thứ nhất']);
  });

  it('names each added sitting in order and dates it the day after the last one', () => {
    const start = { ...emptySessionDraft(), startDate: '2026-12-08' };
    const first = { ...start, sittings: start.sittings.map((sitting) => ({ ...sitting, date: '2026-12-08' })) };
    const draft = addSitting(first, 's2');
    expect(draft.sittings.map((sitting) => [sitting.title, sitting.date])).toEqual([
      ['Phiên thứ nhất', '2026-12-08'],
      ['Phiên thứ hai', '2026-12-09'],
    ]);
  });

  it('moves the closing day to a sitting added after it', () => {
    const oneDay = withStartDate(emptySessionDraft(), '2026-12-08');
    expect(oneDay.endDate).toBe('2026-12-08');
    expect(addSitting(oneDay, 's2').endDate).toBe('2026-12-09');
  });

  it('renames the proposed titles when a sitting is removed, but not the ones the secretary typed', () => {
    let draft = addSitting(addSitting(emptySessionDraft(), 's2'), 's3');
    draft = { ...draft, sittings: draft.sittings.map((sitting) => (sitting.key === 's3' ? { ...sitting, title: 'Phiên chất vấn', titleEdited: true } : sitting)) };
    draft = removeSitting(draft, 's1');
    expect(draft.sittings.map((sitting) => sitting.title)).toEqual(['Phiên thứ nhất', 'Phiên chất vấn']);
  });

  it('counts sittings past ten in words', () => {
    expect(proposeSittingTitle(10)).toBe('Phiên thứ mười một');
  });
});

describe('the term', () => {
  it('is stored as "Khóa XI, nhiệm kỳ 2026–2031"', () => {
    expect(termText(' XI ', '2026–2031')).toBe('Khóa XI, nhiệm kỳ 2026–2031');
    expect(termText('XI', '')).toBe('Khóa XI');
  });
});

describe('reading a stored term back into the form', () => {
  it('splits "Khóa XI, nhiệm kỳ 2026–2031" into its two fields', () => {
    expect(splitTerm('Khóa XI, nhiệm kỳ 2026–2031')).toEqual({ termNumber: 'XI', termYears: '2026–2031' });
    expect(splitTerm('Khóa XI')).toEqual({ termNumber: 'XI', termYears: '' });
    expect(splitTerm('Nhiệm kỳ 2026–2031')).toEqual({ termNumber: '', termYears: '2026–2031' });
  });

  it('keeps a term written some other way whole, so nothing typed is lost', () => {
    expect(splitTerm('XIII (2026-2031)')).toEqual({ termNumber: 'XIII (2026-2031)', termYears: '' });
  });
});

describe('choosing the opening day', () => {
  it('dates the sittings that have no date yet, one day after another, and proposes the closing day', () => {
    const draft = withStartDate(addSitting(emptySessionDraft(), 's2'), '2026-12-08');
    expect(draft.sittings.map((sitting) => sitting.date)).toEqual(['2026-12-08', '2026-12-09']);
    expect(draft.endDate).toBe('2026-12-09');
  });

  it('keeps the dates the secretary already chose', () => {
    const dated = { ...emptySessionDraft(), endDate: '2026-12-20', sittings: emptySessionDraft().sittings.map((sitting) => ({ ...sitting, date: '2026-12-10' })) };
    const draft = withStartDate(dated, '2026-12-08');
    expect(draft.sittings.map((sitting) => sitting.date)).toEqual(['2026-12-10']);
    expect(draft.endDate).toBe('2026-12-20');
  });
});
