/**
 * The iPad's help button: it opens the help menu, where "Yêu cầu hỗ trợ" calls
 * a technician to the seat in one tap and "Gửi ghi chú cho Thư ký" sends a
 * short note. The menu is drawn at the top of the page (a portal), outside the
 * header, so it sits over the reader and its bars.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';
import { HelpMenuDialog } from './HelpMenuDialog';
import './notices.css';

export function HelpMenu({ connection }: { connection: SessionConnection }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button help-menu-open" onClick={() => setOpen(true)} data-testid="help-menu-open">
        {t('notice.menu.open')}
      </button>
      {open && createPortal(<HelpMenuDialog connection={connection} onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
