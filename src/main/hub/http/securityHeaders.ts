import type { ServerResponse } from 'node:http';

/**
 * Headers on every response. The CSP allows only the hub's own scripts and its
 * own WebSocket; inline styles are allowed for React's style attributes.
 */
export function setSecurityHeaders(res: ServerResponse, host: string): void {
  res.setHeader(
    'Content-Security-Policy',
    [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data: blob:",
      `connect-src 'self' ws://${host} wss://${host}`,
      "worker-src 'self' blob:",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ].join('; '),
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
}
