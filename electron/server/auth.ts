import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

/** Name of the cookie set after a page load with `?token=`, so the page's assets and calls pass. */
export const TOKEN_COOKIE = 'lp_token';

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The token a request carries: Bearer header, `?token=`, or the session cookie. */
export function tokenOf(req: IncomingMessage, url: URL): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const q = url.searchParams.get('token');
  if (q) return q;
  const cookie = req.headers.cookie ?? '';
  for (const part of cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === TOKEN_COOKIE) return decodeURIComponent(v.join('='));
  }
  return null;
}

/** True when no token is configured or the request carries the right one. */
export function isAuthorised(req: IncomingMessage, url: URL, token: string | undefined): boolean {
  if (!token) return true;
  const given = tokenOf(req, url);
  return given !== null && same(given, token);
}

/** True for addresses that only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
