/** WebSocket close codes the hub uses, in the 4xxx range kept for applications. */
export const CLOSE_CODES = {
  unsupportedVersion: 4000,
  unauthorized: 4001,
  revoked: 4003,
  helloTimeout: 4008,
  /** The hub switched to another session; reconnect for its snapshot. */
  sessionChanged: 4010,
  rateLimited: 4029,
} as const;
