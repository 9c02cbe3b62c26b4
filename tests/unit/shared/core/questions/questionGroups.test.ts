import { describe, expect, it } from 'vitest';
import { addresseeSuggestions, questionGroups } from '../../../../../src/shared/core';
import type { Question } from '../../../../../src/shared/protocol';

let next = 0;
function question(topic: string, addressee: string, status: Question['status'] = 'registered'): Question {
  next += 1;
  return { id: `q${next}`, askerPrincipalId: 'seat-1', askerSeat: 1, text: 'Câu hỏi', addressee, topic, itemId: null, status, registeredAt: next };
}

describe('questionGroups', () => {
  it('groups by topic then by addressee, ignoring case and spacing, in order of first registration, with the count still to call', () => {
    const land = question('Đất đai', 'Sở Tài nguyên');
    const school = question('Giáo dục', 'Sở Giáo dục');
    const land2 = question('  đất ĐAI ', 'sở tài nguyên', 'called');
    const land3 = question('Đất đai', 'UBND tỉnh');
    const groups = questionGroups([land, school, land2, land3]);
    expect(groups.map((group) => [group.topic, group.questions.length, group.registeredCount])).toEqual([
      ['Đất đai', 3, 2],
      ['Giáo dục', 1, 1],
    ]);
    expect(groups[0]?.byAddressee.map((group) => [group.addressee, group.questions.map((one) => one.id)])).toEqual([
      ['Sở Tài nguyên', [land.id, land2.id]],
      ['UBND tỉnh', [land3.id]],
    ]);
  });

  it('leaves withdrawn questions out', () => {
    expect(questionGroups([question('Y tế', 'Sở Y tế', 'withdrawn')])).toEqual([]);
  });
});

describe('addresseeSuggestions', () => {
  it('lists each past addressee once, the most asked first', () => {
    const questions = [question('A', 'Sở Y tế'), question('B', 'UBND tỉnh'), question('C', 'ubnd  tỉnh')];
    expect(addresseeSuggestions(questions)).toEqual(['UBND tỉnh', 'Sở Y tế']);
  });

  it("adds the guests' offices after the past addressees, each once, leaving out blanks and those already asked", () => {
    const questions = [question('A', 'Giám đốc Sở Y tế')];
    const offices = ['giám đốc sở y tế', 'Giám đốc Sở Tài chính', '', 'Giám đốc Sở Tài chính'];
    expect(addresseeSuggestions(questions, offices)).toEqual(['Giám đốc Sở Y tế', 'Giám đốc Sở Tài chính']);
  });
});
