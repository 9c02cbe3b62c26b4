/**
 * One labelled field of a session form, with its hint and its problem under it.
 * They sit outside the label, so a field's name is its label alone.
 */
import type { ReactNode } from 'react';
import type { PlainMessageKey } from '../../../shared/i18n/translate';
import { useT } from '../../ui/language';

interface DraftFieldProps {
  label: string;
  /** The problem to show, once the secretary has tried to send the form. */
  problem: PlainMessageKey | undefined;
  hint?: string | undefined;
  wide?: boolean;
  children: ReactNode;
}

export function DraftField({ label, problem, hint, wide = false, children }: DraftFieldProps) {
  const t = useT();
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label className="field-label">
        <span>{label}</span>
        {children}
      </label>
      {hint && <span className="field-hint">{hint}</span>}
      {problem && (
        <span className="field-error" role="alert">
          {t(problem)}
        </span>
      )}
    </div>
  );
}
