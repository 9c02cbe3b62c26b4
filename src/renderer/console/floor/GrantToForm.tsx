/**
 * "Mời người trình bày / trả lời": the floor for someone who is not in the queue, such as a
 * presenter or an answerer. Picking a delegate or guest from the roster names them and puts
 * the countdown on their own iPad; a name alone serves someone without a device.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { seatPrincipalId } from '../../../shared/core';
import { SPEECH_KINDS } from '../../../shared/protocol';
import type { SessionState, SpeechKind } from '../../../shared/protocol';
import { useT } from '../../ui/language';

export interface GrantToChoice {
  name: string;
  kind: SpeechKind;
  principalId: string | null;
}

/** Everyone on the roster who may hold the floor with a device: seated delegates, then guests. */
function rosterPeople(state: SessionState): Array<{ principalId: string; name: string }> {
  return [
    ...state.seats.filter((seat) => seat.vacantFrom === undefined).map((seat) => ({ principalId: seatPrincipalId(seat.seat), name: seat.name })),
    ...state.guests.map((guest) => ({ principalId: guest.id, name: guest.name })),
  ];
}

export function GrantToForm({ state, busy, onGrant }: { state: SessionState; busy: boolean; onGrant(choice: GrantToChoice): void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [principalId, setPrincipalId] = useState('');
  const [kind, setKind] = useState<SpeechKind>('report');
  const people = rosterPeople(state);
  const pick = (id: string) => {
    setPrincipalId(id);
    const person = people.find((candidate) => candidate.principalId === id);
    if (person) setName(person.name);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return;
    onGrant({ name: trimmed, kind, principalId: principalId === '' ? null : principalId });
    setName('');
    setPrincipalId('');
  };
  return (
    <form className="floor-grant-to" onSubmit={submit} aria-labelledby="floor-grant-to-title">
      <h3 id="floor-grant-to-title">{t('floor.grantTo')}</h3>
      <label>
        {t('floor.grantToPerson')}
        <select value={principalId} onChange={(event) => pick(event.target.value)}>
          <option value="">{t('floor.grantToNoDevice')}</option>
          {people.map((person) => (
            <option key={person.principalId} value={person.principalId}>
              {person.name}
            </option>
          ))}
        </select>
      </label>
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
