/** What the console says when the catalog API refuses or cannot be reached, in the secretary's language. */
import { ERROR_CODES } from '../../../shared/protocol';
import type { ChainProblem } from '../../../shared/protocol';
import type { Translate } from '../../ui/language';
import type { CatalogFailure } from './catalogApi';

export function catalogFailureText(t: Translate, failure: CatalogFailure): string {
  switch (failure.error) {
    case 'offline':
      return t('lobby.offline');
    case 'unauthorized':
      return t('lobby.unauthorized');
    case 'session_running':
      return t('lobby.sessionRunning', { title: failure.title ?? failure.sessionId ?? '' });
    // The record: a broken chain, a session already there, an archive refused.
    case 'chain_broken':
      return failure.chain ? chainBrokenText(t, failure.chain, failure.title ?? failure.chain.sessionId) : t('lobby.failed', { code: failure.error });
    case 'already_exists':
      return t('lobby.alreadyExists', { title: failure.title ?? failure.sessionId ?? '' });
    case 'bad_archive':
    case 'too_large':
      return t(archiveRefusalKey(failure.reason));
    default:
      return isErrorCode(failure.error) ? t(`error.${failure.error}`) : t('lobby.failed', { code: failure.error });
  }
}

/** What the lobby says of a session whose record is broken. */
export function chainBrokenText(t: Translate, chain: ChainProblem, title: string): string {
  return t('lobby.chainBroken', { title, seq: chain.seq, type: chain.type, kind: t(`record.chainKind.${chain.kind}`) });
}

function archiveRefusalKey(reason: string | undefined): `lobby.badArchive.${'damaged' | 'newer_format' | 'unsafe_entry' | 'too_large'}` {
  return reason === 'newer_format' || reason === 'unsafe_entry' || reason === 'too_large' ? `lobby.badArchive.${reason}` : 'lobby.badArchive.damaged';
}

function isErrorCode(code: string): code is (typeof ERROR_CODES)[number] {
  return (ERROR_CODES as readonly string[]).includes(code);
}
