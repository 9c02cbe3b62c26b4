/**
 * The page's text in large print, reflowed to the screen's width, from the
 * document's text index; it follows the app's text size (--app-text-scale).
 * A page without text says so.
 */
import { useEffect, useState } from 'react';
import type { DocumentInfo } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import { reflowParagraphs } from './reflowParagraphs';
import { textPagesOf, useTextIndexes } from './textIndexStore';

export function ReflowView({ document, page }: { document: DocumentInfo; page: number }) {
  const t = useT();
  const status = useTextIndexes((state) => state.status[document.sha256]);
  const [paragraphs, setParagraphs] = useState<{ key: string; lines: string[] } | null>(null);
  const key = `${document.sha256}:${page}`;
  useEffect(() => {
    let live = true;
    void textPagesOf(document.sha256).then((pages) => {
      if (live && pages) setParagraphs({ key, lines: reflowParagraphs(pages[page - 1] ?? '') });
    });
    return () => {
      live = false;
    };
  }, [document.sha256, page, key, status]);

  if (paragraphs?.key !== key) {
    return <p className="nav-note" role="status">{t(status === 'unavailable' ? 'nav.textUnavailable' : 'nav.largeTextLoading')}</p>;
  }
  if (paragraphs.lines.length === 0) {
    return (
      <p className="nav-note nav-note-warning" data-testid="large-text-none">
        {t('nav.largeTextNone')}
      </p>
    );
  }
  return (
    <article className="nav-reflow" data-testid="large-text" lang="vi">
      {paragraphs.lines.map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </article>
  );
}
