/** One labelled field of a session form, with its problem written right under it. */
import type { ReactNode } from 'react';
import type { PlainMessageKey } from '../../../shared/i18n/translate';
import { useT } from '../../ui/language';

interface DraftFieldProps {
  label: string;
  /** The problem to show, once the secretary has tried to send the form. */
  problem: PlainMessageKey | undefined;
  hint?: string;
  wide?: boolean;
  children: ReactNode;
}

export function DraftField({ label, problem, hint, wide = false, children }: DraftFieldProps) {
  const t = useT();
  return (
    <label className={wide ? 'field field-wide' : 'field'}>
      <span>{label}</span>
      {children}
      {hint && <span className="field-hint">{hint}</span>}
      {problem && (
        <span className="field-error" role="alert">
          {t(problem)}
        </span>
      )}
    </label>
  );
}
