/** Why an archive could not be made or restored; the code is what the HTTP routes answer. */
export type ArchiveErrorCode = 'not_found' | 'chain_broken' | 'bad_archive' | 'already_exists' | 'too_large' | 'invalid';

/** For a refused archive: a newer format, an entry that could reach outside its folder, over the limits, or changed/damaged. */
export type ArchiveRefusalReason = 'newer_format' | 'unsafe_entry' | 'too_large' | 'damaged';

export class ArchiveError extends Error {
  readonly code: ArchiveErrorCode;
  readonly reason: ArchiveRefusalReason | undefined;
  /** The session an `already_exists` refusal names. */
  readonly session: { sessionId: string; title: string } | undefined;

  constructor(code: ArchiveErrorCode, message: string, reason?: ArchiveRefusalReason, session?: { sessionId: string; title: string }) {
    super(message);
    this.session = session;
    this.name = 'ArchiveError';
    this.code = code;
    this.reason = code === 'bad_archive' ? (reason ?? 'damaged') : reason;
  }
}
