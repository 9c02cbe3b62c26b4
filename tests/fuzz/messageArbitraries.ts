/**
 * fast-check arbitraries for hostile socket messages, each of which the hub
 * must refuse with one error reply (or answer with a pong): random bytes,
 * malformed JSON, deep nesting, huge strings and arrays, prototype keys,
 * valid envelopes with wrong field types, and commands with stale ids. A few
 * random commands turn out valid and change nothing (clearing a current item
 * that is already clear): those are acknowledged, and the session stays as it was.
 */
import fc from 'fast-check';
import { COMMAND_TYPES, LIMITS } from '../../src/shared/protocol';

export type Frame = { kind: 'text'; data: string } | { kind: 'binary'; data: Uint8Array };

const text = (data: string): Frame => ({ kind: 'text', data });
// JSON.stringify gives undefined for undefined and functions; the literal text is then sent, which is not JSON either.
const json = (value: unknown): Frame => text(JSON.stringify(value) ?? String(value));
const staleId = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/).map((id) => `zz${id}`);

const randomBytes = fc.uint8Array({ minLength: 1, maxLength: 2048 }).map((data): Frame => ({ kind: 'binary', data }));
const randomText = fc.string({ unit: 'binary', maxLength: 512 }).map(text);
const malformedJson = fc
  .tuple(fc.json(), fc.nat(), fc.constantFrom('', '}', ']', ',', '"', '\\', 'nul'))
  .map(([valid, cut, tail]) => text(valid.slice(0, Math.max(0, Math.min(valid.length - 1, cut % (valid.length + 1)))) + tail))
  .filter((frame) => {
    try {
      const parsed: unknown = JSON.parse(frame.kind === 'text' ? frame.data : '');
      return typeof parsed !== 'object' || parsed === null || Array.isArray(parsed);
    } catch {
      return true;
    }
  });
const deepNesting = fc.integer({ min: 100, max: 20_000 }).chain((depth) =>
  fc.constantFrom(text('['.repeat(depth) + ']'.repeat(depth)), text(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`), json({ type: 'command', requestId: 'deep', command: JSON.parse('['.repeat(Math.min(depth, 2000)) + ']'.repeat(Math.min(depth, 2000))) })),
);
const hugeString = fc.integer({ min: 1000, max: LIMITS.maxMessageBytes * 4 }).map((size) => json({ type: 'command', requestId: 'huge', command: { type: 'agenda.remove', itemId: 'x'.repeat(size) } }));
const hugeArray = fc.integer({ min: 1000, max: 40_000 }).map((size) => json({ type: 'command', requestId: 'array', command: { type: 'vote.cast', voteId: 'v', seat: 1, ballotId: 'ballot-huge', selections: Array.from({ length: size }, () => ({ row: 'motion', option: 'for' })) } }));
const prototypeKeys = fc.constantFrom(
  text('{"type":"command","requestId":"p1","__proto__":{"admin":true},"command":{"type":"agenda.setCurrent","itemId":null}}'),
  text('{"type":"command","requestId":"p2","command":{"type":"pairing.reissue","principalId":"__proto__"}}'),
  text('{"type":"command","requestId":"p3","command":{"type":"pairing.reissue","principalId":"constructor"}}'),
  text('{"type":"command","requestId":"p4","command":{"type":"agenda.update","itemId":"x","changes":{"__proto__":{"title":"x"}}}}'),
  text('{"constructor":{"prototype":{"polluted":true}},"type":"ping"}'),
  text('{"type":"hello","token":"constructor","lastSeq":0,"protocolVersion":1}'),
);
/**
 * A known command type with every field of a random (mostly wrong) type. The commands that
 * random fields could turn into a real change are left out, so that no generated message may
 * change the session: labels, a new vote, ending the session (it has no fields) and removing
 * a seat (a random small number names one).
 */
const UNFUZZED_TYPES: ReadonlySet<string> = new Set(['settings.setVoteLabels', 'vote.create', 'session.end', 'seat.remove']);
const FUZZED_TYPES = COMMAND_TYPES.filter((type) => !UNFUZZED_TYPES.has(type));
const wrongTypes = fc
  .tuple(fc.constantFrom(...FUZZED_TYPES), fc.dictionary(fc.constantFrom('itemId', 'voteId', 'documentId', 'seat', 'title', 'selections', 'toIndex', 'page', 'offset', 'labels', 'changes', 'principalId'), fc.anything(), { maxKeys: 5 }), fc.anything())
  .map(([type, fields, requestId]) => json({ type: 'command', requestId, command: { type, ...fields } }));
/** Commands well formed but naming things that do not exist (stale or invented ids). */
const staleCommands = fc.oneof(
  staleId.map((itemId) => ({ type: 'agenda.setCurrent', itemId })),
  staleId.map((itemId) => ({ type: 'agenda.remove', itemId })),
  fc.tuple(staleId, fc.nat(50)).map(([itemId, toIndex]) => ({ type: 'agenda.move', itemId, toIndex })),
  staleId.map((sittingId) => ({ type: 'agenda.add', sittingId, title: 'Nội dung', kind: 'report', presenter: '', notes: '' })),
  staleId.map((principalId) => ({ type: 'pairing.reissue', principalId })),
  staleId.map((documentId) => ({ type: 'document.remove', documentId })),
  fc.tuple(staleId, fc.integer({ min: 1, max: 99 })).map(([documentId, page]) => ({ type: 'presentation.show', documentId, page, offset: 0 })),
  staleId.map((voteId) => ({ type: 'vote.open', voteId })),
  staleId.map((voteId) => ({ type: 'vote.cast', voteId, seat: 1, ballotId: 'stale-ballot-1', selections: [] })),
  staleId.map((voteId) => ({ type: 'vote.publish', voteId })),
);
const staleEnvelopes = fc.tuple(staleCommands, fc.string({ minLength: 1, maxLength: 20 })).map(([command, requestId]) => json({ type: 'command', requestId, command }));
const wrongEnvelope = fc.oneof(
  fc.anything().map((value) => json(value)),
  fc.record({ type: fc.string(), payload: fc.anything() }).map(json),
  fc.record({ type: fc.constant('hello'), token: fc.anything(), lastSeq: fc.anything(), protocolVersion: fc.anything() }).map(json),
);

export const hostileFrame: fc.Arbitrary<Frame> = fc.oneof(
  { weight: 2, arbitrary: randomBytes },
  { weight: 2, arbitrary: randomText },
  { weight: 2, arbitrary: malformedJson },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: hugeArray },
  { weight: 1, arbitrary: prototypeKeys },
  { weight: 3, arbitrary: wrongTypes },
  { weight: 3, arbitrary: staleEnvelopes },
  { weight: 2, arbitrary: wrongEnvelope },
);
