/**
 * The create-session form: one page in sections (council, session, sittings,
 * settings, the starting agenda). Nothing typed is lost on a bad input: every
 * problem shows next to its field, and the form stays as it was.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../../ui/language';
import type { CatalogApi } from './catalogApi';
import { catalogFailureText } from './catalogFailureText';
import { CouncilFields } from './CouncilFields';
import { definitionFromSession } from './definitionFromSession';
import { DraftFormFooter } from './DraftFormFooter';
import { emptySessionDraft, withProposals } from './sessionDraft';
import type { SessionDraft } from './sessionDraft';
import { SessionFields } from './SessionFields';
import { SettingsFields } from './SettingsFields';
import { SittingsFields } from './SittingsFields';
import { TemplatePreview } from './TemplatePreview';
import { validateSessionDraft } from './validateSessionDraft';

interface CreateSessionFormProps {
  api: CatalogApi;
  onCreated(sessionId: string): void;
  onCancel(): void;
}

export function CreateSessionForm({ api, onCreated, onCancel }: CreateSessionFormProps) {
  const t = useT();
  const [draft, setDraft] = useState<SessionDraft>(emptySessionDraft);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const check = validateSessionDraft(draft);
  const problems = attempted && !check.ok ? check.problems : {};
  const change = (changes: Partial<SessionDraft>) => setDraft((current) => withProposals({ ...current, ...changes }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setFailure(null);
    if (!check.ok) return;
    setBusy(true);
    const outcome = await api.create(definitionFromSession(check.value));
    setBusy(false);
    if (outcome.ok) onCreated(outcome.value.id);
    else setFailure(catalogFailureText(t, outcome.failure));
  }

  return (
    <form className="draft-form" onSubmit={submit} noValidate aria-labelledby="create-session-title">
      <h2 id="create-session-title">{t('lobby.form.title')}</h2>
      <CouncilFields draft={draft} problems={problems} change={change} />
      <SessionFields draft={draft} problems={problems} change={change} />
      <SittingsFields draft={draft} problems={problems} change={change} />
      <SettingsFields draft={draft} problems={problems} change={change} />
      <TemplatePreview kind={draft.kind} />
      <DraftFormFooter
        problemCount={Object.keys(problems).length}
        failure={failure}
        busy={busy}
        submitLabel={t('lobby.form.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}
