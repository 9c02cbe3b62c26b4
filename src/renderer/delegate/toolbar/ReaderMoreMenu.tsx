/**
 * "⋯ Thêm" in the reader's toolbar: the less used tools (Đọc to, Đến trang, Chữ lớn…)
 * kept out of the one-row toolbar, opened as a list of large targets. It
 * closes at a touch anywhere else, or when one of its tools opens a panel.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../../ui/language';
import { useReaderNav } from '../nav/readerNavStore';

export function ReaderMoreMenu({ children }: { children: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const holder = useRef<HTMLDivElement>(null);
  const panel = useReaderNav((state) => state.panel);

  useEffect(() => setOpen(false), [panel]);
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !holder.current?.contains(event.target)) setOpen(false);
    };
    window.document.addEventListener('pointerdown', outside, true);
    return () => window.document.removeEventListener('pointerdown', outside, true);
  }, [open]);

  return (
    <div className="reader-more" ref={holder}>
      <button type="button" className="button reader-tool reader-more-button" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen(!open)} data-testid="reader-more">
        <span aria-hidden="true">⋯</span> {t('reader.more')}
      </button>
      {/* Kept mounted while closed, so a tool inside (a reading aloud) is not stopped by closing the list. */}
      <div className="reader-more-list" role="group" aria-label={t('reader.moreTitle')} hidden={!open} data-testid="reader-more-list">
        {children}
      </div>
    </div>
  );
}
