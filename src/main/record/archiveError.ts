/** Why an archive could not be made or restored; the code is what the HTTP routes answer. */
export type ArchiveErrorCode = 'not_found' | 'chain_broken' | 'bad_archive' | 'already_exists' | 'too_large' | 'invalid';

export class ArchiveError extends Error {
  readonly code: ArchiveErrorCode;

  constructor(code: ArchiveErrorCode, message: string) {
    super(message);
    this.name = 'ArchiveError';
    this.code = code;
  }
}
