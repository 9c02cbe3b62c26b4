import type { Command, Role } from '../../shared/protocol';

/** What one stage of a vote card may do: send a command, and whether the console's role may act. */
export interface VoteCardActions {
  send(command: Command): void;
  /** A command is under way: buttons wait. */
  busy: boolean;
  isChair: boolean;
  isSecretary: boolean;
}

export function voteCardActions(role: Role, busy: boolean, send: (command: Command) => void): VoteCardActions {
  return { send, busy, isChair: role === 'chair', isSecretary: role === 'secretary' };
}
