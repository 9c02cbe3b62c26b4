/**
 * The one shape of an outcome that can be refused, used by the core's
 * decisions, the hub's engine and ballot box, document uploads and the
 * clients. A success spreads its own fields beside `ok: true`; a refusal
 * carries a code the clients translate and an English message for logs.
 */
import type { ErrorCode } from './errorCodes';

/** A refusal: nothing changed. `Code` narrows which codes an operation can give. */
export interface Rejection<Code extends string = ErrorCode> {
  ok: false;
  code: Code;
  message: string;
}

/** Success with the fields of `Success`, or a rejection with one of `Code`. */
export type Result<Success extends object, Code extends string = ErrorCode> = ({ ok: true } & Success) | Rejection<Code>;

/** Builds a rejection. */
export function rejection<Code extends string>(code: Code, message: string): Rejection<Code> {
  return { ok: false, code, message };
}
