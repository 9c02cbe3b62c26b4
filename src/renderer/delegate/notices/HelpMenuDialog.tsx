/** The help menu's content: a help request, a note to the secretary, and a plain word that each was sent, or why not. */
import { useState } from 'react';
import type { PlainMessageKey } from '../../../shared/i18n/translate';
import type { Command } from '../../../shared/protocol';
import { NOTICE_LIMITS } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';

type Outcome = { tone: 'ok' | 'error'; key: PlainMessageKey } | null;

export function HelpMenuDialog({ connection, onClose }: { connection: SessionConnection; onClose(): void }) {
  const t = useT();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function send(command: Command, sent: PlainMessageKey) {
    setBusy(true);
    const result = await connection.sendCommand(command);
    setBusy(false);
    if (result.ok) {
      setOutcome({ tone: 'ok', key: sent });
      if (command.type === 'help.request' && command.kind === 'note') setNote('');
      return;
    }
    setOutcome({ tone: 'error', key: result.code === 'offline' || result.code === 'timeout' ? 'error.offline' : `error.${result.code}` });
  }

  return (
    <div className="help-menu-backdrop" onClick={onClose}>
      <div className="help-menu" role="dialog" aria-modal="true" aria-labelledby="help-menu-title" onClick={(event) => event.stopPropagation()} data-testid="help-menu">
        <h2 id="help-menu-title">{t('notice.menu.title')}</h2>
        <button
          type="button"
          className="button button-primary help-menu-technical"
          disabled={busy}
          onClick={() => void send({ type: 'help.request', kind: 'technical' }, 'notice.menu.technicalSent')}
          data-testid="help-technical"
        >
          {t('notice.menu.technical')}
        </button>
        <p className="help-menu-hint">{t('notice.menu.technicalHint')}</p>
        <label className="help-menu-note">
          {t('notice.menu.note')}
          <textarea
            value={note}
            onChange={(event) => setNote(event.target.value)}
            maxLength={NOTICE_LIMITS.helpText}
            rows={3}
            placeholder={t('notice.menu.notePlaceholder')}
            data-testid="help-note-text"
          />
        </label>
        <button
          type="button"
          className="button"
          disabled={busy || note.trim().length === 0}
          onClick={() => void send({ type: 'help.request', kind: 'note', text: note.trim() }, 'notice.menu.noteSent')}
          data-testid="help-note-send"
        >
          {t('notice.menu.sendNote')}
        </button>
        {outcome && (
          <p className={outcome.tone === 'ok' ? 'help-menu-sent' : 'help-menu-error'} role="status" data-testid="help-outcome">
            {t(outcome.key)}
          </p>
        )}
        <button type="button" className="button button-quiet help-menu-close" onClick={onClose}>
          {t('notice.menu.close')}
        </button>
      </div>
    </div>
  );
}
