/**
 * The native binding of better-sqlite3 that this process loads. Plain Node
 * uses the one npm built; the Electron hub process sets one built for
 * Electron's ABI at start, and every database the hub opens then uses it.
 */
let binding: string | undefined;

export function useSqliteBinding(path: string): void {
  binding = path;
}

/** The binding set for this process, or undefined for better-sqlite3's own. */
export function sqliteBinding(): string | undefined {
  return binding;
}
