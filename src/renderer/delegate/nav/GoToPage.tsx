/** "Đến trang": a number box that takes only a page the document has, and says so otherwise. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../../ui/language';
import { parsePageNumber } from './pageNumberInput';

export function GoToPage({ pages, onGo }: { pages: number; onGo(page: number): void }) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [refused, setRefused] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parsePageNumber(typed, pages);
    setRefused(!parsed.ok);
    if (parsed.ok) onGo(parsed.page);
  };
  return (
    <form className="nav-goto" onSubmit={onSubmit} noValidate>
      <label className="nav-goto-label">
        {t('nav.goToLabel', { pages })}
        <input
          className="nav-goto-input"
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          autoComplete="off"
          value={typed}
          aria-invalid={refused}
          aria-describedby={refused ? 'nav-goto-error' : undefined}
          data-testid="goto-input"
          onChange={(event) => {
            setTyped(event.target.value);
            setRefused(false);
          }}
        />
      </label>
      <button type="submit" className="button button-primary nav-goto-submit" data-testid="goto-submit">
        {t('nav.goToSubmit')}
      </button>
      {refused && (
        <p id="nav-goto-error" className="nav-note nav-note-warning" role="alert" data-testid="goto-error">
          {t('nav.goToInvalid', { pages })}
        </p>
      )}
    </form>
  );
}
