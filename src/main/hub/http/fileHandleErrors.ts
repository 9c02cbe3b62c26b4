/** Errors that mean the process (or the system) has no file handles left: an overload to answer with 503, not a crash. */
export function isOutOfFileHandles(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EMFILE' || code === 'ENFILE';
}
