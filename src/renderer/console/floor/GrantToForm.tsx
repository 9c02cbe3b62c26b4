/** "Mời người trình bày / trả lời": the floor for someone who is not in the queue, such as a presenter or an answerer. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { SPEECH_KINDS } from '../../../shared/protocol';
import type { SpeechKind } from '../../../shared/protocol';
import { useT } from '../../ui/language';

export function GrantToForm({ busy, onGrant }: { busy: boolean; onGrant(name: string, kind: SpeechKind): void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SpeechKind>('report');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return;
    onGrant(trimmed, kind);
    setName('');
  };
  return (
    <form className="floor-grant-to" onSubmit={submit} aria-labelledby="floor-grant-to-title">
      <h3 id="floor-grant-to-title">{t('floor.grantTo')}</h3>
      <label>
        {t('floor.grantToName')}
        <input type="text" value={name} maxLength={120} required onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        {t('floor.grantToKind')}
        <select value={kind} onChange={(event) => setKind(event.target.value as SpeechKind)}>
          {SPEECH_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`floor.kind.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button-primary" disabled={busy || name.trim() === ''}>
        {t('floor.grantToSubmit')}
      </button>
    </form>
  );
}
