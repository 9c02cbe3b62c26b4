/**
 * `/api/network` as the console calls it: read the interfaces and the address
 * in the QR codes, choose another. A failure is a code, never a throw.
 */
import { networkReportSchema } from '../../../shared/protocol';
import type { NetworkReportBody } from '../../../shared/protocol';

export type NetworkResult = { ok: true; report: NetworkReportBody } | { ok: false; error: string };

export interface NetworkTarget {
  httpBase: string;
  token: string;
}

export async function callNetworkApi(target: NetworkTarget, address?: string): Promise<NetworkResult> {
  let response: Response;
  try {
    response = await fetch(`${target.httpBase}/api/network`, {
      method: address === undefined ? 'GET' : 'POST',
      cache: 'no-store',
      headers: { Authorization: `Bearer ${target.token}`, ...(address === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(address === undefined ? {} : { body: JSON.stringify({ address }) }),
    });
  } catch {
    return { ok: false, error: 'offline' };
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = typeof json === 'object' && json !== null && typeof (json as { error?: unknown }).error === 'string' ? (json as { error: string }).error : 'internal';
    return { ok: false, error };
  }
  const parsed = networkReportSchema.safeParse(json);
  return parsed.success ? { ok: true, report: parsed.data } : { ok: false, error: 'internal' };
}
