/**
 * A GET over HTTP or HTTPS with Node's own client, trusting only the CA given
 * (Node's `ca` option): the way a client that installed the hub's profile
 * would connect. Redirects are not followed, so tests can see them.
 */
import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text(): string;
  json(): unknown;
}

export function httpGet(url: string, options: { ca?: string; headers?: Record<string, string> } = {}): Promise<HttpAnswer> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(target, { method: 'GET', headers: options.headers ?? {}, ...(options.ca === undefined ? {} : { ca: options.ca }), agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: () => body.toString('utf8'), json: () => JSON.parse(body.toString('utf8')) as unknown });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
