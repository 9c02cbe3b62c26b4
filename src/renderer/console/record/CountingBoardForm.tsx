/**
 * The vote-counting board (ban kiểm phiếu) of one secret ballot: a head and
 * members by name, entered as the council elected them, and saved with
 * `vote.countingBoardSet`. Closed while the ballot is open.
 */
import { useState } from 'react';
import { MAX_COUNTING_BOARD_MEMBERS, TEXT_LIMITS } from '../../../shared/protocol';
import type { CountingBoardMember, CountingBoardRole, VoteInfo } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';
import { useCommand } from '../useCommand';

interface CountingBoardFormProps {
  connection: SessionConnection;
  vote: VoteInfo;
  members: readonly CountingBoardMember[];
}

function startingRows(members: readonly CountingBoardMember[]): CountingBoardMember[] {
  return members.length > 0 ? members.map((member) => ({ ...member })) : [{ name: '', role: 'head' }];
}

export function CountingBoardForm({ connection, vote, members }: CountingBoardFormProps) {
  const t = useT();
  const { run, busy } = useCommand(connection);
  const [rows, setRows] = useState(() => startingRows(members));
  const locked = vote.status === 'open' || vote.status === 'cancelled';
  const filled = rows.filter((row) => row.name.trim() !== '');
  const heads = filled.filter((row) => row.role === 'head').length;
  const problem = heads > 1 ? t('countReport.oneHead') : null;
  const trimmed = filled.map((row) => ({ name: row.name.trim(), role: row.role }));
  const saved = members.length > 0 && JSON.stringify(trimmed) === JSON.stringify(members);

  const update = (index: number, change: Partial<CountingBoardMember>) => {
    setRows((current) => current.map((row, at) => (at === index ? { ...row, ...change } : row)));
  };
  const save = () => run({ type: 'vote.countingBoardSet', voteId: vote.id, members: trimmed });

  return (
    <form
      className="counting-board"
      data-testid="counting-board"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {locked && <p className="field-error">{t(vote.status === 'open' ? 'countReport.lockedOpen' : 'countReport.lockedCancelled')}</p>}
      {rows.map((row, index) => (
        <div className="counting-board-row" key={index}>
          <label className="field">
            <span>{t('countReport.memberName', { number: index + 1 })}</span>
            <input value={row.name} maxLength={TEXT_LIMITS.name} disabled={locked} onChange={(event) => update(index, { name: event.target.value })} />
          </label>
          <label className="field">
            <span>{t('countReport.memberRole')}</span>
            <select value={row.role} disabled={locked} onChange={(event) => update(index, { role: event.target.value as CountingBoardRole })}>
              <option value="head">{t('minutes.countReport.head')}</option>
              <option value="member">{t('minutes.countReport.member')}</option>
            </select>
          </label>
          <button
            type="button"
            className="button"
            disabled={locked}
            onClick={() => setRows((current) => current.filter((_, at) => at !== index))}
          >
            {t('countReport.removeMember')}
          </button>
        </div>
      ))}
      {problem && <p className="field-error">{problem}</p>}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={locked || rows.length >= MAX_COUNTING_BOARD_MEMBERS}
          onClick={() => setRows((current) => [...current, { name: '', role: 'member' }])}
        >
          {t('countReport.addMember')}
        </button>
        <button type="submit" className="button button-primary" disabled={locked || busy || problem !== null}>
          {t('countReport.saveBoard')}
        </button>
        {saved && (
          <span role="status" data-testid="counting-board-saved">
            {t('countReport.boardSaved')}
          </span>
        )}
      </div>
    </form>
  );
}
