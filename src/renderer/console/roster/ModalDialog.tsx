/** A modal dialog of the roster tab: opened when shown, closed by Escape or by its parent. */
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

export function ModalDialog({ label, testId, onClose, children }: { label: string; testId: string; onClose(): void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="roster-dialog" aria-label={label} data-testid={testId} onClose={onClose}>
      <h2>{label}</h2>
      {children}
    </dialog>
  );
}
