/**
 * The session's own fields, the same as the create-session form: editable by
 * the secretary while the session is being prepared, read-only after.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { SessionState } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';
import { CouncilFields } from '../lobby/CouncilFields';
import { withProposals } from '../lobby/sessionDraft';
import type { SessionDraft } from '../lobby/sessionDraft';
import { SessionFields } from '../lobby/SessionFields';
import { SettingsFields } from '../lobby/SettingsFields';
import { SittingsFields } from '../lobby/SittingsFields';
import { validateSessionDraft } from '../lobby/validateSessionDraft';
import { useFeedback } from '../feedback';
import { useCommand } from '../useCommand';
import { draftFromState } from './draftFromState';
import { sessionEdits } from './sessionEdits';

export function SessionInfoForm({ connection, state, editable }: { connection: SessionConnection; state: SessionState; editable: boolean }) {
  const t = useT();
  const [initial] = useState(() => draftFromState(state));
  const [draft, setDraft] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const { run, busy } = useCommand(connection);
  const show = useFeedback((feedback) => feedback.show);
  const check = validateSessionDraft(draft);
  const problems = attempted && !check.ok ? check.problems : {};
  const change = (changes: Partial<SessionDraft>) => setDraft((current) => withProposals({ ...current, ...changes }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (!check.ok) return;
    const commands = sessionEdits(state, initial, check.value, draft);
    if (commands.length === 0) return show('ok', t('session.noChanges'));
    for (const command of commands) {
      const outcome = await run(command);
      if (!outcome.ok) return;
    }
    show('ok', t('console.saved'));
  }

  const disabled = !editable;
  return (
    <form className="draft-form session-info-form" onSubmit={save} noValidate>
      <p className="field-hint">{editable ? t('session.editableHint') : t('session.lockedHint')}</p>
      <CouncilFields draft={draft} problems={problems} change={change} disabled={disabled} />
      <SessionFields draft={draft} problems={problems} change={change} disabled={disabled} />
      <SittingsFields draft={draft} problems={problems} change={change} disabled={disabled} />
      <SettingsFields draft={draft} problems={problems} change={change} disabled={disabled} />
      {editable && (
        <div className="draft-footer">
          {Object.keys(problems).length > 0 && (
            <p className="field-error" role="alert">
              {t('lobby.form.fixProblems', { count: Object.keys(problems).length })}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button button-primary button-large" disabled={busy}>
              {t('session.save')}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
