/**
 * The address the iPads use:
 *   GET  /api/network            → {chosen, address, publicUrl, interfaces, warning, chosenMissing}
 *   POST /api/network {address}  → the same, after the choice; 400 when the address is not this machine's
 * Same rules as the catalog: `Authorization: Bearer` with the console token or
 * the active secretary token, same-origin from a browser, a strict JSON body.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { NetworkReport } from '../network/hubNetwork';
import { isSameOriginUpgrade } from './requestGuard';
import { readJsonBody } from './readJsonBody';
import { sendJson } from './sendJson';

export const NETWORK_PATH = '/api/network';
const MAX_BODY_BYTES = 4096;
const chooseRequestSchema = z.strictObject({ address: z.string().min(1).max(64) });

export interface NetworkRouteOptions {
  authorize(token: string): boolean;
  /** What the hub uses now, with its public URL; null for a hub bound to one host, whose links name that host. */
  report(): (NetworkReport & { publicUrl: string }) | null;
  /** False when the address is not one of this machine's. */
  choose(address: string): boolean;
}

export async function handleNetworkRequest(req: IncomingMessage, res: ServerResponse, options: NetworkRouteOptions): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  const refuse = (status: number, error: string, message: string) => {
    req.resume();
    sendJson(res, status, { error, message });
  };
  if (!isSameOriginUpgrade(req.headers.origin, req.headers.host)) return refuse(403, 'forbidden', 'The network settings are for the console only');
  const token = req.headers.authorization?.match(/^Bearer ([A-Za-z0-9_-]{1,256})$/)?.[1];
  if (token === undefined || !options.authorize(token)) return refuse(401, 'unauthorized', 'The console token or the secretary token is required');
  if (req.method !== 'GET' && req.method !== 'POST') {
    res.setHeader('Allow', 'GET, POST');
    return refuse(405, 'invalid', 'Method not allowed');
  }
  if (options.report() === null) return refuse(409, 'fixed_host', 'The hub listens on one address only: its links name that address');
  if (req.method === 'GET') return sendJson(res, 200, options.report());

  const body = await readJsonBody(req, MAX_BODY_BYTES);
  if (!body.ok) {
    res.setHeader('Connection', 'close');
    return refuse(body.code === 'too_large' ? 413 : 400, body.code, body.message);
  }
  const parsed = chooseRequestSchema.safeParse(body.value);
  if (!parsed.success) return refuse(400, 'invalid', 'The body must be {"address": "…"}');
  if (!options.choose(parsed.data.address)) return refuse(400, 'unknown_address', 'That address is not one of this computer\'s');
  sendJson(res, 200, options.report());
}
