import { describe, expect, it } from 'vitest';
import { normalizeReceiptCode } from '../../../../src/shared/protocol';

describe('a ballot receipt as typed or read out', () => {
  it('accepts the code as shown, in lower case, without its dash or with spaces', () => {
    for (const typed of ['7K2M-QX9P', '7k2m-qx9p', '7K2MQX9P', ' 7K2M QX9P ']) expect(normalizeReceiptCode(typed)).toBe('7K2M-QX9P');
  });

  it('refuses a code of another length or with letters a receipt never has (I, L, O, U)', () => {
    for (const typed of ['', 'ABC', '7K2M-QX9P-1', 'IIII-OOOO', 'LUUU-0000', '../../etc/x', '7K2M_QX9P']) expect(normalizeReceiptCode(typed)).toBeNull();
  });
});
