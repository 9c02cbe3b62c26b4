/** Calls the hub's catalog API (`/api/sessions…`, `/api/roster`) as the console does, with fetch. */
import type { Hub } from '../../src/main/hub/startHub';

export interface CatalogCall {
  status: number;
  body: unknown;
}

export async function catalogCall(hub: Pick<Hub, 'localUrl'>, method: 'GET' | 'POST', path: string, options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {}): Promise<CatalogCall> {
  const headers: Record<string, string> = { ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }), ...options.headers };
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(`${hub.localUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON: kept as text */
  }
  return { status: response.status, body: parsed };
}

/** The id a successful create, next or activate answered. */
export function createdId(call: CatalogCall): string {
  const id = (call.body as { id?: unknown }).id;
  if (typeof id !== 'string') throw new Error(`No session id in ${call.status} ${JSON.stringify(call.body)}`);
  return id;
}
