/** The iPad's ballot machine: locked once sent, shows only what the hub acknowledged, closes when the vote's time is over. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialBallot, nextBallot, unknownClosedBallot } from '../../../../src/renderer/delegate/ballotMachine';
import type { BallotEvent, BallotState } from '../../../../src/renderer/delegate/ballotMachine';
import type { Selection } from '../../../../src/shared/protocol';

const FOR: Selection[] = [{ row: 'motion', option: 'for' }];
const AGAINST: Selection[] = [{ row: 'motion', option: 'against' }];
const open = { secret: false };
const secret = { secret: true };

function run(events: BallotEvent[], context = open, from: BallotState = initialBallot): BallotState {
  return events.reduce((state, event) => nextBallot(state, event, context), from);
}

const sent = (selections = FOR, context = open) => run([{ type: 'choose', selections }, { type: 'send', ballotId: 'ballot-0001' }], context);

describe('a sent ballot is locked until the hub answers', () => {
  it('goes idle → chosen → sending with the chosen selections and the given ballot id', () => {
    expect(sent()).toEqual({ phase: 'sending', ballotId: 'ballot-0001', selections: FOR, waiting: false, hubHolds: false });
  });

  it('ignores a new choice, going back, or a second send while the ballot is in flight', () => {
    const state = run([{ type: 'choose', selections: AGAINST }, { type: 'chooseAgain' }, { type: 'send', ballotId: 'ballot-9999' }], open, sent());
    expect(state).toEqual(sent());
  });

  it('resends the same ballot id and selections after a lost answer', () => {
    const lost = run([{ type: 'answerLost' }], open, sent());
    expect(lost).toMatchObject({ phase: 'sending', waiting: true, ballotId: 'ballot-0001', selections: FOR });
    expect(run([{ type: 'resend' }], open, lost)).toMatchObject({ phase: 'sending', waiting: false, ballotId: 'ballot-0001', selections: FOR });
  });

  it('keeps the ballot id and the selections through any sequence of events while it is in flight', () => {
    const inFlightEvents = fc.constantFrom<BallotEvent>(
      { type: 'choose', selections: AGAINST },
      { type: 'chooseAgain' },
      { type: 'send', ballotId: 'ballot-other' },
      { type: 'answerLost' },
      { type: 'resend' },
      { type: 'heldByHub' },
      { type: 'timeUp' },
    );
    fc.assert(
      fc.property(fc.array(inFlightEvents, { maxLength: 30 }), (events) => {
        const state = run(events, open, sent());
        expect(state).toMatchObject({ phase: 'sending', ballotId: 'ballot-0001', selections: FOR });
      }),
    );
  });
});

describe('the iPad shows as cast only what the hub acknowledged', () => {
  it('records an open ballot with its receipt and the selections that were sent', () => {
    expect(run([{ type: 'acked', ack: { receipt: 'K7M2-QX4P' } }], open, sent())).toEqual({ phase: 'recorded', receipt: 'K7M2-QX4P', selections: FOR });
  });

  it('keeps nothing of a secret choice once it is acknowledged', () => {
    expect(run([{ type: 'acked', ack: { receipt: 'K7M2-QX4P' } }], secret, sent(FOR, secret))).toEqual({ phase: 'recorded', receipt: 'K7M2-QX4P', selections: null });
  });

  it('on a duplicate ack shows the receipt and the choice the hub stored first, not the one sent', () => {
    const state = run([{ type: 'acked', ack: { receipt: 'AAAA-BBBB', duplicate: true, selections: AGAINST } }], open, sent(FOR));
    expect(state).toEqual({ phase: 'recorded', receipt: 'AAAA-BBBB', selections: AGAINST });
  });

  it('on a duplicate ack without the stored choice claims no choice at all', () => {
    expect(run([{ type: 'acked', ack: { receipt: 'AAAA-BBBB', duplicate: true } }], open, sent(FOR))).toEqual({ phase: 'recorded', receipt: 'AAAA-BBBB', selections: null });
  });

  it('on a duplicate ack of a secret vote shows the receipt and no choice', () => {
    expect(run([{ type: 'acked', ack: { receipt: 'AAAA-BBBB', duplicate: true } }], secret, sent(FOR, secret))).toEqual({ phase: 'recorded', receipt: 'AAAA-BBBB', selections: null });
  });

  it('treats "already voted" as a ballot the hub holds, without claiming this choice or a receipt', () => {
    expect(run([{ type: 'refused', code: 'already_voted' }], open, sent())).toEqual({ phase: 'recorded', receipt: null, selections: null });
  });

  it('lets the delegate choose again after a refusal that recorded nothing, starting from the refused choice', () => {
    expect(run([{ type: 'refused', code: 'storage_failed' }], open, sent())).toEqual({ phase: 'idle', draft: FOR, refusal: 'storage_failed' });
  });

  it('shows the hub-held ballot when the hub says this seat has voted and nothing is in flight', () => {
    expect(run([{ type: 'heldByHub' }])).toEqual({ phase: 'recorded', receipt: null, selections: null });
  });

  it('waits for its own answer (which carries the receipt) when the hub says it holds the ballot in flight', () => {
    const state = run([{ type: 'heldByHub' }, { type: 'acked', ack: { receipt: 'K7M2-QX4P', duplicate: true } }], secret, sent(FOR, secret));
    expect(state).toEqual({ phase: 'recorded', receipt: 'K7M2-QX4P', selections: null });
  });
});

describe('the ballot closes when the time runs out or the vote closes', () => {
  it('closes a ballot not yet sent when the time runs out, and nothing can be chosen or sent after', () => {
    const state = run([{ type: 'choose', selections: FOR }, { type: 'timeUp' }, { type: 'send', ballotId: 'ballot-0001' }, { type: 'chooseAgain' }, { type: 'choose', selections: AGAINST }]);
    expect(state).toEqual({ phase: 'closed', outcome: 'not_voted' });
  });

  it('lets the hub decide a ballot in flight when the time runs out, and shows the ack when it comes', () => {
    const state = run([{ type: 'answerLost' }, { type: 'timeUp' }, { type: 'resend' }, { type: 'acked', ack: { receipt: 'K7M2-QX4P' } }], open, sent());
    expect(state).toEqual({ phase: 'recorded', receipt: 'K7M2-QX4P', selections: FOR });
  });

  it('ends a ballot in flight as unconfirmed when the hub refuses it because the vote is over', () => {
    expect(run([{ type: 'timeUp' }, { type: 'refused', code: 'vote_not_open' }], open, sent())).toEqual({ phase: 'closed', outcome: 'unconfirmed', selections: FOR });
  });

  it('ends a ballot in flight as recorded when the hub said it holds this seat’s ballot before refusing the late resend', () => {
    expect(run([{ type: 'heldByHub' }, { type: 'refused', code: 'vote_not_open' }], open, sent())).toEqual({ phase: 'recorded', receipt: null, selections: null });
  });

  it('asks the hub again about a ballot whose answer was lost when the vote closes, instead of guessing', () => {
    const asking = run([{ type: 'answerLost' }, { type: 'voteClosed' }], open, sent());
    expect(asking).toMatchObject({ phase: 'sending', waiting: true, voteOver: true, selections: FOR });
    // The hub stored it before the close: the retry is answered as a duplicate with its receipt.
    expect(run([{ type: 'resend' }, { type: 'acked', ack: { receipt: 'K7M2-QX4P', duplicate: true, selections: FOR } }], open, asking)).toEqual({ phase: 'recorded', receipt: 'K7M2-QX4P', selections: FOR });
    // The hub never got it: the retry is refused, and only then is it "not confirmed".
    expect(run([{ type: 'resend' }, { type: 'refused', code: 'vote_not_open' }], open, asking)).toEqual({ phase: 'closed', outcome: 'unconfirmed', selections: FOR });
  });

  it('drops the choice of a secret ballot that the close overtook and the hub never got', () => {
    expect(run([{ type: 'voteClosed' }, { type: 'refused', code: 'vote_not_open' }], secret, sent(FOR, secret))).toEqual({ phase: 'closed', outcome: 'unconfirmed', selections: [] });
  });

  it('still shows an ack that arrives after the close as recorded', () => {
    expect(run([{ type: 'voteClosed' }, { type: 'acked', ack: { receipt: 'K7M2-QX4P' } }], open, sent())).toEqual({ phase: 'recorded', receipt: 'K7M2-QX4P', selections: FOR });
  });

  it('keeps a recorded ballot recorded when the vote closes', () => {
    const recorded = run([{ type: 'acked', ack: { receipt: 'K7M2-QX4P' } }], open, sent());
    expect(run([{ type: 'timeUp' }, { type: 'voteClosed' }], open, recorded)).toEqual(recorded);
  });

  it('opens the ballot again when the deadline moves later while the vote is open (the hub’s clock became known)', () => {
    expect(run([{ type: 'timeUp' }, { type: 'timeResumed' }])).toEqual(initialBallot);
  });

  it('does not reopen a ballot that was not confirmed when the deadline moves', () => {
    const unconfirmed = run([{ type: 'refused', code: 'vote_not_open' }], open, sent());
    expect(run([{ type: 'timeResumed' }], open, unconfirmed)).toEqual(unconfirmed);
  });

  it('turns a closed ballot into recorded when the hub says it holds this seat’s ballot', () => {
    expect(run([{ type: 'heldByHub' }], open, unknownClosedBallot)).toEqual({ phase: 'recorded', receipt: null, selections: null });
  });
});
