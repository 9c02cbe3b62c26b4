/** Why minutes or a count report cannot be made from a log. */
export type MinutesErrorCode = 'no_events' | 'no_sitting' | 'no_vote' | 'chain_broken';

export class MinutesError extends Error {
  readonly code: MinutesErrorCode;

  constructor(code: MinutesErrorCode, message: string) {
    super(message);
    this.name = 'MinutesError';
    this.code = code;
  }
}
