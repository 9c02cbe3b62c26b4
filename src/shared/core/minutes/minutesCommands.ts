/**
 * Decisions about what the secretariat adds for the minutes. The notes belong
 * to an agenda item that exists; a counting board belongs to a secret election
 * or confidence vote, and is not changed while its ballot is open.
 */
import { isSecretByLaw } from '../../protocol';
import type { CommandOf, SessionState } from '../../protocol';
import type { Decision } from '../decision';
import { accept, reject } from '../decision';

export function setMinutesNote(state: SessionState, command: CommandOf<'minutes.noteSet'>): Decision {
  if (!state.agenda.some((item) => item.id === command.itemId)) return reject('not_found', `No agenda item ${command.itemId}`);
  if ((state.minutesNotes[command.itemId] ?? '') === command.text) return accept();
  return accept({ type: 'minutes.noteSet', itemId: command.itemId, text: command.text });
}

export function setCountingBoard(state: SessionState, command: CommandOf<'vote.countingBoardSet'>): Decision {
  const vote = state.votes.find((candidate) => candidate.id === command.voteId);
  if (!vote) return reject('not_found', `No vote ${command.voteId}`);
  if (!isSecretByLaw(vote.kind) || !vote.secret) return reject('not_secret_ballot', 'A vote-counting board is kept for secret elections and confidence votes only');
  if (vote.status === 'open') return reject('vote_in_progress', 'The vote-counting board is set before the ballot opens or after it closes');
  if (vote.status === 'cancelled') return reject('invalid', 'The vote was cancelled: it has no count report');
  const heads = command.members.filter((member) => member.role === 'head').length;
  if (heads > 1) return reject('invalid', 'A vote-counting board has one head');
  return accept({ type: 'vote.countingBoardSet', voteId: vote.id, members: command.members });
}
