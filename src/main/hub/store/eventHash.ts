import { createHash } from 'node:crypto';

/** The hash the first event chains to. */
export const GENESIS_HASH = '0'.repeat(64);

/** Hash of one log row; covers its place, its time, its content and the previous hash. */
export function eventHash(prevHash: string, seq: number, at: number, body: string): string {
  return createHash('sha256').update(`${prevHash}\n${seq}\n${at}\n${body}`).digest('hex');
}
