import type { DocumentLibrary } from '../documents/documentLibrary';
import { useT } from './language';

/** How many of the session's documents are on this device: a bar while downloading, one line when done. */
export function PrefetchBar({ library }: { library: DocumentLibrary }) {
  const t = useT();
  const { done, total, failing, corrupt } = library.useProgress();
  if (total === 0) return null;
  const complete = done === total;
  return (
    <div className={complete ? 'prefetch prefetch-complete' : 'prefetch'} role="status" data-testid="prefetch" data-done={done} data-total={total}>
      <div className="prefetch-label">
        {complete ? t('documents.prefetchDone', { total }) : t('documents.prefetch', { done, total })}
        {!complete && failing > 0 && <span className="prefetch-failing"> · {t('documents.prefetchFailing', { count: failing })}</span>}
        {!complete && corrupt > 0 && <span className="prefetch-failing" data-testid="prefetch-corrupt"> · {t('documents.integrityFailed')}</span>}
      </div>
      {!complete && <progress className="prefetch-bar" max={total} value={done} aria-label={t('documents.prefetch', { done, total })} />}
    </div>
  );
}
