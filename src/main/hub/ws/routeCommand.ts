/**
 * Where a command of a connected client goes: page turns to the coalescer,
 * ballots to the ballot box, everything else to the engine, after any pending
 * turn or ballot is committed so that it is never overtaken. Every command is
 * answered with `ack` or `error` by its requestId.
 */
import { findPrincipal } from '../../../shared/core';
import type { Acknowledgement, Command, Result } from '../../../shared/protocol';
import type { ConnectedClient } from './clientRegistry';
import type { ConnectionContext, ConnectionReplies } from './connectionContext';

export function routeCommand(client: ConnectedClient, requestId: string, command: Command, ctx: ConnectionContext, replies: ConnectionReplies): void {
  const principal = findPrincipal(ctx.engine.state(), client.principal.id);
  if (!principal || principal.generation !== client.generation) {
    replies.replyError('revoked', 'This link was replaced by a newer one', requestId);
    return;
  }
  // A session open read-only (a broken chain, a restored archive) takes no command of any kind.
  if (ctx.engine.readOnly) {
    replies.replyError('read_only', 'This session is open read-only: nothing in it can change', requestId);
    return;
  }
  const reply = (result: Result<Acknowledgement>) => {
    if (!result.ok) {
      replies.replyError(result.code, result.message, requestId);
      return;
    }
    // Only ballots carry a receipt, a duplicate flag or the stored choice.
    const { seq, receipt, duplicate, selections } = result;
    replies.send({ type: 'ack', requestId, seq, ...(receipt ? { receipt } : {}), ...(duplicate ? { duplicate } : {}), ...(selections ? { selections } : {}) });
  };
  if (command.type === 'presentation.show') {
    ctx.pageTurns.submit(principal, command, reply);
    return;
  }
  if (command.type === 'vote.cast') {
    ctx.ballots.submit(principal, command, reply);
    return;
  }
  ctx.pageTurns.flush();
  ctx.ballots.flush();
  reply(ctx.engine.execute(principal, command));
}
