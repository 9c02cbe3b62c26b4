/**
 * Asks for the delegate's private notes code: chosen once for the seat (typed
 * twice), then asked once on each new iPad. A wrong code says so. A forgotten
 * code cannot be recovered by anyone: "Bắt đầu lại" discards the old notes,
 * after a confirmation.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../../ui/language';
import { MIN_PASSPHRASE_LENGTH } from '../../crypto/notesPassphrase';
import type { NotesVault } from './notesVault';

export function NotesPassphraseDialog({ vault, onClose }: { vault: NotesVault; onClose(): void }) {
  const t = useT();
  const status = vault((state) => state.status);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [confirmingStartOver, setConfirmingStartOver] = useState(false);
  const setup = status === 'setup';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) return setProblem(t('notes.passphraseTooShort', { min: String(MIN_PASSPHRASE_LENGTH) }));
    if (setup && passphrase !== repeat) return setProblem(t('notes.passphraseMismatch'));
    setWorking(true);
    setProblem(null);
    try {
      if (setup) {
        await vault.getState().setUp(passphrase);
        onClose();
      } else if (await vault.getState().unlock(passphrase)) {
        onClose();
      } else {
        setProblem(t('notes.passphraseWrong'));
      }
    } catch {
      setProblem(t('notes.loadFailed'));
    } finally {
      setWorking(false);
    }
  };

  const startOver = async () => {
    setWorking(true);
    try {
      await vault.getState().startOver();
      setConfirmingStartOver(false);
      setPassphrase('');
      setRepeat('');
      setProblem(null);
    } catch {
      setProblem(t('notes.loadFailed'));
    } finally {
      setWorking(false);
    }
  };

  return (
    <div className="notes-dialog-backdrop" role="presentation">
      <form className="notes-dialog" role="dialog" aria-modal="true" aria-labelledby="notes-passphrase-title" onSubmit={(event) => void submit(event)} data-testid="notes-passphrase">
        <h2 id="notes-passphrase-title">{t('notes.passphraseTitle')}</h2>
        <p className="notes-explain">{t('notes.passphraseExplain')}</p>
        {status === 'loading' && <p role="status">{t('notes.loading')}</p>}
        {status === 'failed' && (
          <p role="alert">
            {t('notes.loadFailed')}{' '}
            <button type="button" className="button" onClick={() => void vault.getState().load()}>
              {t('notes.retry')}
            </button>
          </p>
        )}
        {(status === 'setup' || status === 'locked') && !confirmingStartOver && (
          <>
            <label className="notes-field">
              <span>{setup ? t('notes.passphraseSetup', { min: String(MIN_PASSPHRASE_LENGTH) }) : t('notes.passphraseEnter')}</span>
              <input type="password" autoComplete={setup ? 'new-password' : 'current-password'} value={passphrase} onChange={(event) => setPassphrase(event.target.value)} data-testid="notes-passphrase-input" autoFocus />
            </label>
            {setup && (
              <label className="notes-field">
                <span>{t('notes.passphraseRepeat')}</span>
                <input type="password" autoComplete="new-password" value={repeat} onChange={(event) => setRepeat(event.target.value)} data-testid="notes-passphrase-repeat" />
              </label>
            )}
            {problem && (
              <p className="notes-problem" role="alert" data-testid="notes-passphrase-problem">
                {problem}
              </p>
            )}
            {working && <p role="status">{t('notes.passphraseWorking')}</p>}
            <div className="notes-actions">
              <button type="submit" className="button button-primary" disabled={working} data-testid="notes-passphrase-submit">
                {setup ? t('notes.passphraseSet') : t('notes.passphraseOpen')}
              </button>
              {!setup && (
                <button type="button" className="button button-danger" onClick={() => setConfirmingStartOver(true)} disabled={working}>
                  {t('notes.startOver')}
                </button>
              )}
              <button type="button" className="button" onClick={onClose}>
                {t('notes.close')}
              </button>
            </div>
          </>
        )}
        {confirmingStartOver && (
          <div role="alertdialog" aria-label={t('notes.startOver')}>
            <p className="notes-problem">{t('notes.startOverWarning')}</p>
            <div className="notes-actions">
              <button type="button" className="button button-danger" onClick={() => void startOver()} disabled={working} data-testid="notes-start-over-confirm">
                {t('notes.startOverConfirm')}
              </button>
              <button type="button" className="button" onClick={() => setConfirmingStartOver(false)}>
                {t('notes.cancel')}
              </button>
            </div>
          </div>
        )}
      </form>
    </div>
  );
}
