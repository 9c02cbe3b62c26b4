import { describe, expect, it } from 'vitest';
import { printableText } from '../../../../../src/main/minutes/render/printableText';

describe('printableText', () => {
  it('keeps markup characters, emoji, combining marks, tabs and line feeds', () => {
    const name = 'Trần <Văn> & Bình 🌸 Nguye\u0302\u0303n\tA\nB';
    expect(printableText(name)).toBe(name);
  });

  it('drops control characters, lone surrogate halves and U+FFFE/U+FFFF, which XML cannot carry', () => {
    expect(printableText('Võ\u0000 Thị\u0008\u000B Lan\u001F')).toBe('Võ Thị Lan');
    expect(printableText('Lan\uD83C end\uDC00')).toBe('Lan end');
    expect(printableText('a\uFFFEb\uFFFF')).toBe('ab');
  });

  it('turns Windows and old Mac line ends into line feeds', () => {
    expect(printableText('a\r\nb\rc')).toBe('a\nb\nc');
  });
});
