import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENT_NAMES } from '../../shared/contract/events';
import type { ErrorCode } from '../../shared/contract/result';
import type { Core } from '../core/core';
import { dispatch } from '../core/dispatch';
import { isAuthorised, isLoopback, TOKEN_COOKIE } from './auth';
import { serveStatic } from './static';

/** Largest JSON body /api accepts. */
export const MAX_API_BODY = 1024 * 1024;

/** An extra route (e.g. the webhook connector), matched on method and exact path. */
export interface Route {
  method: string;
  path: string;
  maxBody: number;
  handle(core: Core, body: Buffer, req: IncomingMessage): Promise<{ status: number; json: unknown }>;
}

/** Options of the browser-served mode. */
export interface ServeOptions {
  core: Core;
  staticDir: string;
  host?: string;
  port?: number;
  token?: string;
  routes?: Route[];
}

const STATUS: Record<ErrorCode, number> = {
  'invalid-request': 400,
  'unknown-method': 404,
  'not-found': 404,
  conflict: 409,
  forbidden: 403,
  unavailable: 503,
  internal: 500,
};

class TooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new TooLarge());
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new TooLarge());
        req.destroy();
      } else parts.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
};

async function handleApi(core: Core, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const raw = await readBody(req, MAX_API_BODY);
  let body: unknown = {};
  if (raw.length) {
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'invalid-request', message: 'request body is not valid JSON' } });
    }
  }
  const result = await dispatch(core, method, body);
  sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
}

function handleEvents(core: Core, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write('retry: 2000\n\n');
  const offs = EVENT_NAMES.map((name) => core.events.on(name, (payload) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)));
  const beat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
  req.on('close', () => {
    clearInterval(beat);
    offs.forEach((off) => off());
  });
}

async function route(opts: ServeOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://local');
  if (!isAuthorised(req, url, opts.token)) return sendJson(res, 401, { ok: false, error: { code: 'forbidden', message: 'missing or wrong token' } });
  if (opts.token && url.searchParams.get('token')) {
    res.setHeader('set-cookie', `${TOKEN_COOKIE}=${encodeURIComponent(opts.token)}; HttpOnly; SameSite=Strict; Path=/`);
  }
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'invalid-request', message: 'use POST' } });
    return handleApi(opts.core, url.pathname.slice(5), req, res);
  }
  if (url.pathname === '/events') return handleEvents(opts.core, req, res);
  const extra = opts.routes?.find((r) => r.path === url.pathname && r.method === req.method);
  if (extra) {
    const out = await extra.handle(opts.core, await readBody(req, extra.maxBody), req);
    return sendJson(res, out.status, out.json);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false, error: { code: 'invalid-request', message: 'method not allowed' } });
  return serveStatic(opts.staticDir, url.pathname, res);
}

/**
 * Starts the browser-served mode: POST /api/<method>, GET /events (Server-Sent Events) and the
 * built renderer. Binds to 127.0.0.1 unless told otherwise, and refuses a non-loopback host
 * without a token.
 */
export async function startServer(opts: ServeOptions): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopback(host) && !opts.token) throw new Error(`--token is required to serve on ${host} (anyone on the network could read the data)`);
  const server = createServer((req, res) => {
    route(opts, req, res).catch((err: unknown) => {
      if (res.headersSent) return res.end();
      if (err instanceof TooLarge) return sendJson(res, 413, { ok: false, error: { code: 'invalid-request', message: 'request body too large' } });
      sendJson(res, 500, { ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shown}:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
