/** The small form for a new session of the same council term, made from a previous one. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../../ui/language';
import type { CatalogApi, SessionSummary } from './catalogApi';
import { catalogFailureText } from './catalogFailureText';
import { DraftFormFooter } from './DraftFormFooter';
import { nextSessionDraft, validateNextSession } from './nextSessionDraft';
import { withProposals } from './sessionDraft';
import type { SessionDraft } from './sessionDraft';
import { SessionFields } from './SessionFields';
import { SittingsFields } from './SittingsFields';

interface NextSessionFormProps {
  api: CatalogApi;
  previous: SessionSummary;
  onCreated(sessionId: string): void;
  onCancel(): void;
}

export function NextSessionForm({ api, previous, onCreated, onCancel }: NextSessionFormProps) {
  const t = useT();
  const [draft, setDraft] = useState<SessionDraft>(() => nextSessionDraft(previous));
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const check = validateNextSession(draft);
  const problems = attempted && !check.ok ? check.problems : {};
  const change = (changes: Partial<SessionDraft>) => setDraft((current) => withProposals({ ...current, ...changes }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setFailure(null);
    if (!check.ok) return;
    setBusy(true);
    const outcome = await api.next(previous.id, check.request);
    setBusy(false);
    if (outcome.ok) onCreated(outcome.value.id);
    else setFailure(catalogFailureText(t, outcome.failure));
  }

  return (
    <form className="draft-form" onSubmit={submit} noValidate aria-labelledby="next-session-title">
      <h2 id="next-session-title">{t('lobby.form.nextTitle', { title: previous.title })}</h2>
      <p className="field-hint">{t('lobby.form.nextHint')}</p>
      <SessionFields draft={draft} problems={problems} change={change} withPlace={false} />
      <SittingsFields draft={draft} problems={problems} change={change} />
      <DraftFormFooter problemCount={Object.keys(problems).length} failure={failure} busy={busy} submitLabel={t('lobby.form.submitNext')} onCancel={onCancel} />
    </form>
  );
}
