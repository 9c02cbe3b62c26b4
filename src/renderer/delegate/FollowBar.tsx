/**
 * The follow state, always one tap from the presenter: while following it
 * says so; while browsing it shows where the presenter is (even in another
 * document) with a "Theo dõi trình chiếu" button that goes straight there.
 */
import type { Presentation, SessionState } from '../../shared/protocol';
import { useT } from '../ui/language';
import type { ReadingPosition } from './readerStore';

interface FollowBarProps {
  state: SessionState;
  mode: 'follow' | 'free';
  shown: ReadingPosition | null;
  onFollow(presentation: Presentation | null): void;
}

export function FollowBar({ state, mode, shown, onFollow }: FollowBarProps) {
  const t = useT();
  const presentation = state.presentation;
  if (!presentation) return null;
  const presented = state.documents.find((candidate) => candidate.id === presentation.documentId);
  if (mode === 'follow') {
    return (
      <div className="follow-bar follow-bar-following" role="status" data-testid="follow-state" data-mode="follow">
        <span className="follow-dot" aria-hidden="true" />
        {t('viewer.following')}
      </div>
    );
  }
  const elsewhere = shown?.documentId !== presentation.documentId;
  return (
    <div className={elsewhere ? 'follow-bar follow-bar-elsewhere' : 'follow-bar'} role="status" data-testid="follow-state" data-mode="free">
      <span className="follow-text">
        {elsewhere && presented ? t('viewer.presenterElsewhere', { title: presented.title, page: presentation.page }) : t('viewer.browsing')}
      </span>
      <button type="button" className="button button-primary follow-button" onClick={() => onFollow(presentation)}>
        {t('viewer.follow')}
      </button>
    </div>
  );
}
