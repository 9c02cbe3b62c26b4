/** Who may hold a token. Every command is checked against the sender's role. */
export const ROLES = ['secretary', 'chair', 'delegate', 'screen'] as const;
export type Role = (typeof ROLES)[number];
