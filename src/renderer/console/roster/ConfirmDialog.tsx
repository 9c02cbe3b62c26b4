/** A yes-or-no question before a change that cannot be taken back (removing a guest or a seat). */
import { useT } from '../../ui/language';
import { ModalDialog } from './ModalDialog';

interface ConfirmDialogProps {
  title: string;
  text: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm(): Promise<boolean>;
  onClose(): void;
}

export function ConfirmDialog({ title, text, confirmLabel, busy, onConfirm, onClose }: ConfirmDialogProps) {
  const t = useT();
  return (
    <ModalDialog label={title} testId="confirm-dialog" onClose={onClose}>
      <p>{text}</p>
      <div className="form-actions">
        <button type="button" className="button button-danger" disabled={busy} onClick={() => void onConfirm().then((done) => done && onClose())}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('console.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
