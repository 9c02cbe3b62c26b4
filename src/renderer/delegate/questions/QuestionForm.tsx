/** "Đăng ký chất vấn": the question, whom it is addressed to (with past addressees suggested) and its topic. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { QUESTION_LIMITS } from '../../../shared/protocol';
import { useT } from '../../ui/language';

export interface QuestionDraft {
  text: string;
  addressee: string;
  topic: string;
}

interface QuestionFormProps {
  addressees: readonly string[];
  topics: readonly string[];
  busy: boolean;
  onSubmit(draft: QuestionDraft): void;
  onCancel(): void;
}

export function QuestionForm({ addressees, topics, busy, onSubmit, onCancel }: QuestionFormProps) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<QuestionDraft>({ text: '', addressee: '', topic: '' });
  const change = (field: keyof QuestionDraft) => (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [field]: event.target.value }));
  const complete = draft.text.trim() !== '' && draft.addressee.trim() !== '' && draft.topic.trim() !== '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (complete) onSubmit({ text: draft.text.trim(), addressee: draft.addressee.trim(), topic: draft.topic.trim() });
  };

  return (
    <form className="question-form" onSubmit={submit} data-testid="question-form">
      <label className="field">
        {t('question.text')}
        <textarea name="text" value={draft.text} onChange={change('text')} maxLength={QUESTION_LIMITS.text} rows={4} required />
      </label>
      <label className="field">
        {t('question.addressee')}
        <input name="addressee" value={draft.addressee} onChange={change('addressee')} maxLength={QUESTION_LIMITS.addressee} list={`${id}-addressees`} placeholder={t('question.addresseeHint')} required />
        <datalist id={`${id}-addressees`}>
          {addressees.map((addressee) => (
            <option key={addressee} value={addressee} />
          ))}
        </datalist>
      </label>
      <label className="field">
        {t('question.topic')}
        <input name="topic" value={draft.topic} onChange={change('topic')} maxLength={QUESTION_LIMITS.topic} list={`${id}-topics`} required />
        <datalist id={`${id}-topics`}>
          {topics.map((topic) => (
            <option key={topic} value={topic} />
          ))}
        </datalist>
      </label>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !complete}>
          {t('question.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('question.cancel')}
        </button>
      </div>
    </form>
  );
}
