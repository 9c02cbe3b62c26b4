/** Who may hold a token. Every command is checked against the sender's role. */
/** A guest (khách mời) reads what delegates read, never votes and is never counted. */
export const ROLES = ['secretary', 'chair', 'delegate', 'screen', 'guest'] as const;
export type Role = (typeof ROLES)[number];
