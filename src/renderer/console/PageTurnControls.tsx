import type { DocumentInfo } from '../../shared/protocol';
import { useT } from '../ui/language';

interface PageTurnControlsProps {
  shownDocument: DocumentInfo;
  page: number;
  onShow(page: number): void;
}

/** First, previous, go to page, next and last, with the page shown now. */
export function PageTurnControls({ shownDocument, page, onShow }: PageTurnControlsProps) {
  const t = useT();
  const pages = shownDocument.pages;
  return (
    <div className="presenter-controls">
      <button type="button" className="button" onClick={() => onShow(1)} disabled={page <= 1} aria-label={t('present.first')}>
        ⏮
      </button>
      <button type="button" className="button button-primary presenter-turn" onClick={() => onShow(page - 1)} disabled={page <= 1}>
        ‹ {t('viewer.previous')}
      </button>
      <label className="presenter-goto">
        <span>{t('present.goTo')}</span>
        <input
          type="number"
          min={1}
          max={pages}
          key={`${shownDocument.id}:${page}`}
          defaultValue={page}
          data-testid="presenter-goto"
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            const target = Number(event.currentTarget.value);
            if (Number.isInteger(target)) onShow(target);
          }}
        />
        <span>/ {pages}</span>
      </label>
      <button type="button" className="button button-primary presenter-turn" onClick={() => onShow(page + 1)} disabled={page >= pages}>
        {t('viewer.next')} ›
      </button>
      <button type="button" className="button" onClick={() => onShow(pages)} disabled={page >= pages} aria-label={t('present.last')}>
        ⏭
      </button>
      <span className="presenter-page" data-testid="presenter-page">
        {t('viewer.page', { page, pages })}
      </span>
    </div>
  );
}
