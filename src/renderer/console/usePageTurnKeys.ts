/**
 * The keyboard and USB presentation clickers turn the presented page: arrows,
 * PageUp/PageDown, space and backspace step; Home and End jump. Keys typed into
 * a form field are left alone.
 */
import { useEffect } from 'react';
import type { DocumentInfo } from '../../shared/protocol';
import type { PresenterNavigation } from './usePresenterNavigation';

const STEPS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ' ': 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1, Backspace: -1 };
const FORM_FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function usePageTurnKeys(shownDocument: DocumentInfo | undefined, { latestPage, show }: Pick<PresenterNavigation, 'latestPage' | 'show'>): void {
  useEffect(() => {
    if (!shownDocument) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && FORM_FIELDS.has(event.target.tagName)) return;
      const step = STEPS[event.key];
      if (event.key === 'Home') show(shownDocument, 1);
      else if (event.key === 'End') show(shownDocument, shownDocument.pages);
      else if (step !== undefined) show(shownDocument, latestPage() + step);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shownDocument, latestPage, show]);
}
