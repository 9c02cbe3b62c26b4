/** The agenda a new session starts with, for the kind chosen: shown so the secretary knows what to edit later. */
import { agendaTemplate } from '../../../shared/core';
import { useT } from '../../ui/language';
import type { SessionKind } from './sessionModel';

export function TemplatePreview({ kind }: { kind: SessionKind }) {
  const t = useT();
  const items = agendaTemplate(kind, ['preview']);
  return (
    <section className="draft-section template-preview" aria-labelledby="template-preview-title">
      <h3 id="template-preview-title">{t('lobby.form.agendaSection')}</h3>
      <p className="field-hint">{t('lobby.form.agendaHint')}</p>
      <ol>
        {items.map((item, index) => (
          <li key={index}>{item.title}</li>
        ))}
      </ol>
    </section>
  );
}
