import { describe, expect, it } from 'vitest';
import { compareWords } from '../../../../../src/main/minutes/verify/compareWords';

describe('compareWords', () => {
  it('finds files equal when only the line breaks and spaces differ', () => {
    expect(compareWords('Tán thành:\n44  đại biểu', 'Tán thành: 44 đại biểu')).toEqual({ same: true, words: 5 });
  });

  it('treats a name typed with combining marks as its precomposed form', () => {
    expect(compareWords('Nguye\u0302\u0303n', 'Nguyễn').same).toBe(true);
  });

  it('names the first differing word: the file says 45, the record says 44', () => {
    expect(compareWords('Tán thành: 45 đại biểu', 'Tán thành: 44 đại biểu')).toEqual({ same: false, index: 2, fileSays: '45', recordSays: '44', context: 'Tán thành:' });
  });

  it('reports a file that stops short, or runs on', () => {
    expect(compareWords('Tán thành:', 'Tán thành: 44')).toMatchObject({ same: false, fileSays: '', recordSays: '44' });
    expect(compareWords('Tán thành: 44 thêm', 'Tán thành: 44')).toMatchObject({ same: false, fileSays: 'thêm', recordSays: '' });
  });
});
