/**
 * Codes carried by `error` replies. Clients translate the code; the English
 * `message` beside it is for logs and scripts.
 */
export const ERROR_CODES = [
  'bad_json',
  'bad_message',
  'too_large',
  'unsupported_version',
  'unauthorized',
  'revoked',
  'forbidden',
  'seq_ahead',
  'rate_limited',
  'hello_required',
  'not_found',
  'invalid',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
