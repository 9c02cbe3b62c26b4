/**
 * The wire protocol's version. A hub refuses a hello that speaks another one.
 * 2: a vote is a union on its status. 3: sessions have a lifecycle, guests and settings
 * (a snapshot of version 3 does not parse in a version 2 client, which is told to reload).
 * 4: the state holds the floor (requests to speak, turns, timers) and the rest of the hall's floor.
 * 5: documents have versions, the record has per-item notes and counting boards, delegates keep private notes.
 */
export const PROTOCOL_VERSION = 5;

/** Bounds that protect the hub from one misbehaving connection. */
export const LIMITS = {
  /** Largest message the hub reads; a bigger one gets a `too_large` error. */
  maxMessageBytes: 64 * 1024,
  /** Largest frame the socket layer accepts at all; past it the socket is closed (1009). */
  hardMaxFrameBytes: 1024 * 1024,
  /** Messages a connection may send per second, on average. */
  messagesPerSecond: 20,
  /** Messages a connection may send in one burst. */
  messageBurst: 60,
  /** A connection that has not said hello by then is closed. */
  helloTimeoutMs: 10_000,
  /** Up to this many missed events are replayed; past it the client gets a snapshot. */
  maxReplayEvents: 1000,
} as const;
