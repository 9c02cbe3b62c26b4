/** What the console says when the catalog API refuses or cannot be reached, in the secretary's language. */
import { ERROR_CODES } from '../../../shared/protocol';
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
    default:
      return isErrorCode(failure.error) ? t(`error.${failure.error}`) : t('lobby.failed', { code: failure.error });
  }
}

function isErrorCode(code: string): code is (typeof ERROR_CODES)[number] {
  return (ERROR_CODES as readonly string[]).includes(code);
}
