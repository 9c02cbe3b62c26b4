/** How the minutes' events change the state: the secretary's notes per item and the counting board per vote. */
import type { EventOf, SessionState } from '../../protocol';

/** Sets an item's notes; an empty text removes them. */
export function minutesNoteSet(state: SessionState, event: EventOf<'minutes.noteSet'>): SessionState {
  const { [event.itemId]: _previous, ...others } = state.minutesNotes;
  return { ...state, minutesNotes: event.text === '' ? others : { ...others, [event.itemId]: event.text } };
}

/** Replaces a vote's counting board; an empty list removes it. */
export function countingBoardSet(state: SessionState, event: EventOf<'vote.countingBoardSet'>): SessionState {
  const { [event.voteId]: _previous, ...others } = state.countingBoards;
  return { ...state, countingBoards: event.members.length === 0 ? others : { ...others, [event.voteId]: { members: event.members } } };
}
