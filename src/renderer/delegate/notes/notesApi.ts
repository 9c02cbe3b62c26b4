/** The iPad's client of `/api/notes`: ciphertext in, ciphertext out, with this device's token. */
import { notesListingSchema } from '../../../shared/protocol/notes';
import type { NotesKeyRecord, NotesListing, Sealed } from '../../../shared/protocol/notes';

export class NotesApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`The hub refused the notes request: ${status} ${code}`);
    this.name = 'NotesApiError';
  }
}

export interface NotesApi {
  list(): Promise<NotesListing>;
  setKey(record: NotesKeyRecord): Promise<void>;
  put(noteId: string, sealed: Sealed): Promise<void>;
  remove(noteId: string): Promise<void>;
  /** Discards the seat's key and every note. */
  clear(): Promise<void>;
}

/** `base` is the hub's address ('' for the page's own origin). */
export function createNotesApi(base: string, token: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): NotesApi {
  const call = async (path: string, method: string, body?: unknown): Promise<unknown> => {
    const response = await fetchImpl(`${base}/api/notes${path}`, {
      method,
      cache: 'no-store',
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const code = typeof (answer as { error?: unknown } | null)?.error === 'string' ? (answer as { error: string }).error : 'failed';
      throw new NotesApiError(response.status, code);
    }
    return answer;
  };
  return {
    list: async () => notesListingSchema.parse(await call('', 'GET')),
    setKey: async (record) => void (await call('/key', 'PUT', record)),
    put: async (noteId, sealed) => void (await call(`/${noteId}`, 'PUT', sealed)),
    remove: async (noteId) => void (await call(`/${noteId}`, 'DELETE')),
    clear: async () => void (await call('', 'DELETE')),
  };
}
