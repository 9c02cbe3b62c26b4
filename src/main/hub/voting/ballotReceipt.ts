/** The short code a delegate is given when their ballot is stored. */
import { randomBytes } from 'node:crypto';

/** Crockford's base32 without look-alikes: a receipt a delegate can read out. */
const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A fresh random receipt, `XXXX-XXXX`: 40 bits, drawn from nothing the ballot says. */
export function newReceipt(): string {
  const bytes = randomBytes(8);
  let code = '';
  for (const byte of bytes) code += RECEIPT_ALPHABET[byte % 32];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
